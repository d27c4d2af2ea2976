import { LADDER_STEPS_MAX } from "../../engine/homework/link-schema";
import { ladderPrefill, PREFILL_LINE_MAX, stepLineCount } from "./builder";
import type { PrefillForm } from "../../engine/homework/prefill-form";

/** The exposure-ladder's pre-fill fields in the homework builder: a theme, and steps one a line. */
export const exposureLadderPrefill: PrefillForm = {
  Fields: ({ raw, set }) => {
    const n = stepLineCount(raw.steps ?? "");
    return (
      <fieldset>
        <legend>3. Start the ladder (optional)</legend>
        <label for="hw-el-theme">The fear the ladder works on</label>
        <input
          id="hw-el-theme"
          maxLength={PREFILL_LINE_MAX}
          value={raw.theme ?? ""}
          onInput={(e) => set("theme", e.currentTarget.value)}
        />
        <label for="hw-el-steps">Steps planned together, one per line</label>
        <span id="hw-el-steps-hint" class="muted counter">
          To add the expected distress (0–100), end the line with a comma and a number: “Send an
          email after one read, 30”. {n} of {LADDER_STEPS_MAX} steps
          {n > LADDER_STEPS_MAX && `: only the first ${LADDER_STEPS_MAX} go in the link`}.
        </span>
        <textarea
          id="hw-el-steps"
          rows={5}
          aria-describedby="hw-el-steps-hint"
          value={raw.steps ?? ""}
          onInput={(e) => set("steps", e.currentTarget.value)}
        />
      </fieldset>
    );
  },
  toPrefill: (raw) => ladderPrefill(raw.theme ?? "", raw.steps ?? ""),
};
