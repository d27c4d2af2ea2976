import { prefillFromRaw } from "./prefill";
import { PREFILL_TEXT_MAX } from "../../engine/homework/limits";
import type { PrefillForm } from "../../engine/homework/prefill-form";
import { t } from "../../engine/core/words";

const FIELDS = [
  ["situation", "homeworkFieldSituation"],
  ["thought", "homeworkFieldThought"],
] as const;

/** The thought-record's pre-fill fields in the homework builder. */
const form: PrefillForm = {
  Fields: ({ raw, set, words }) => (
    <fieldset>
      <legend>{t(words, "homeworkLegend")}</legend>
      {FIELDS.map(([name, label]) => (
        <div key={name}>
          <label for={`hw-tr-${name}`}>{t(words, label)}</label>
          <textarea
            id={`hw-tr-${name}`}
            rows={2}
            maxLength={PREFILL_TEXT_MAX}
            value={raw[name] ?? ""}
            onInput={(e) => set(name, e.currentTarget.value)}
          />
        </div>
      ))}
    </fieldset>
  ),
  toPrefill: prefillFromRaw,
};
export default form;
