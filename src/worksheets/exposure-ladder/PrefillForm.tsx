import type { LadderPrefill } from "./prefill";
import { LADDER_STEPS_MAX, PREFILL_LINE_MAX } from "./link-limits";
import type { PrefillForm } from "../../engine/homework/prefill-form";
import { t } from "../../engine/core/words";

type PrefillStep = NonNullable<LadderPrefill["steps"]>[number];

/**
 * One builder line as a step. An expected distress may end the line after a
 * comma, colon, dash or in brackets: "Send an email after one read, 30" or
 * "… (30)". A number over 100, or one with no separator ("Call at 5"), stays
 * part of the description. Null for a blank line.
 */
export function stepFromLine(line: string): PrefillStep | null {
  const text = line.trim();
  if (text === "") return null;
  const m = /^(.*?)\s*(?:[,;:–—-]|\()\s*(\d{1,3})\s*\)?$/.exec(text);
  const d = m?.[1]?.trim();
  const s = Number(m?.[2]);
  return (d && s <= 100 ? { d, s } : { d: text }) as PrefillStep;
}

/** Non-blank lines in the builder's steps box, to say when some will not fit. */
export const stepLineCount = (text: string): number =>
  text.split("\n").filter((l) => l.trim() !== "").length;

/**
 * The link's pre-fill from the builder's theme and steps (one a line): trimmed,
 * blank lines dropped, at most LADDER_STEPS_MAX steps, each text capped.
 * Undefined when both are empty.
 */
export function ladderPrefill(theme: string, stepsText: string): LadderPrefill | undefined {
  const t = theme.trim().slice(0, PREFILL_LINE_MAX);
  const steps = stepsText
    .split("\n")
    .flatMap((l) => stepFromLine(l) ?? [])
    .slice(0, LADDER_STEPS_MAX)
    .map((s) => ({ ...s, d: s.d.slice(0, PREFILL_LINE_MAX) }));
  if (!t && steps.length === 0) return undefined;
  return { ...(t ? { theme: t } : {}), ...(steps.length ? { steps } : {}) };
}

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
