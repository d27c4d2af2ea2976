import { LADDER_STEPS_MAX, ladderPrefill, PREFILL_LINE_MAX, stepLineCount } from "./prefill";
import type { PrefillForm } from "../../engine/homework/prefill-form";
import { t } from "../../engine/core/words";

/** The exposure-ladder's pre-fill fields in the homework builder: a theme, and steps one a line. */
const form: PrefillForm = {
  Fields: ({ raw, set, words, locale }) => {
    const n = stepLineCount(raw.steps ?? "");
    const vars = { count: n, max: LADDER_STEPS_MAX };
    return (
      <fieldset>
        <legend>{t(words, "homeworkLegend")}</legend>
        <label for="hw-el-theme">{t(words, "homeworkFieldTheme")}</label>
        <input
          id="hw-el-theme"
          maxLength={PREFILL_LINE_MAX}
          value={raw.theme ?? ""}
          onInput={(e) => set("theme", e.currentTarget.value)}
        />
        <label for="hw-el-steps">{t(words, "homeworkFieldSteps")}</label>
        <span id="hw-el-steps-hint" class="muted counter">
          {t(words, "homeworkFieldStepsHint")}{" "}
          {t(
            words,
            n > LADDER_STEPS_MAX ? "homeworkStepsOver" : "homeworkStepsCount",
            vars,
            locale,
          )}
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
export default form;
