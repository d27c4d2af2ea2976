import { PREFILL_TEXT_MAX } from "../../engine/homework/limits";
import { prefillFromFields } from "./prefill";
import type { PrefillForm } from "../../engine/homework/prefill-form";
import { t } from "../../engine/core/words";

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
