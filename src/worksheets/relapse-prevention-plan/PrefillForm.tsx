import type { PlanPrefill } from "./prefill";
import { PREFILL_TEXT_MAX } from "../../engine/homework/limits";
import type { PrefillForm } from "../../engine/homework/prefill-form";
import { t } from "../../engine/core/words";

/** The written pre-fill fields, which go into the sections of the same meaning. */
export const PREFILL_TEXTS = ["learned", "signs"] as const;

/**
 * The link's pre-fill from the builder's fields: text trimmed and capped at
 * the link's limit, empty fields dropped, and a review date only when it is
 * a whole date. Undefined when nothing is left. (The worksheet tidies the
 * lines when it adds them: see tidyLines.)
 */
export function prefillFromFields(
  raw: Record<string, string | undefined>,
): PlanPrefill | undefined {
  const out: PlanPrefill = {};
  for (const field of PREFILL_TEXTS) {
    const text = (raw[field] ?? "").trim().slice(0, PREFILL_TEXT_MAX).trim();
    if (text) out[field] = text;
  }
  const review = raw.review?.trim() ?? "";
  if (/^\d{4}-\d\d-\d\d$/.test(review)) out.review = review;
  return Object.keys(out).length ? out : undefined;
}

/** The written fields: name, label's key. */
const TEXTS = [
  ["learned", "homeworkFieldLearned"],
  ["signs", "homeworkFieldSigns"],
] as const;

/** The relapse-prevention-plan's pre-fill fields in the homework builder. */
const form: PrefillForm = {
  Fields: ({ raw, set, words }) => (
    <fieldset aria-describedby="hw-plan-hint">
      <legend>{t(words, "homeworkLegend")}</legend>
      <p id="hw-plan-hint" class="muted">
        {t(words, "homeworkHint")}
      </p>
      {TEXTS.map(([name, label]) => (
        <div key={name}>
          <label for={`hw-${name}`}>{t(words, label)}</label>
          <textarea
            id={`hw-${name}`}
            rows={3}
            maxLength={PREFILL_TEXT_MAX}
            value={raw[name] ?? ""}
            onInput={(e) => set(name, e.currentTarget.value)}
          />
        </div>
      ))}
      <label for="hw-review">{t(words, "homeworkFieldReview")}</label>
      <input
        id="hw-review"
        type="date"
        value={raw.review ?? ""}
        onInput={(e) => set("review", e.currentTarget.value)}
      />
    </fieldset>
  ),
  toPrefill: prefillFromFields,
};
export default form;
