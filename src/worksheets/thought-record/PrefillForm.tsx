import type { ThoughtPrefill } from "./prefill";
import { PREFILL_TEXT_MAX } from "../../engine/homework/limits";
import type { PrefillForm } from "../../engine/homework/prefill-form";
import { t } from "../../engine/core/words";

/**
 * The link's pre-fill from the builder's fields: texts trimmed and capped at
 * the link's limit, empty ones left out; undefined when nothing is left.
 */
export function prefillFromRaw(raw: Readonly<Record<string, string>>): ThoughtPrefill | undefined {
  const out: ThoughtPrefill = {};
  for (const k of ["situation", "thought"] as const) {
    const s = (raw[k] ?? "").trim().slice(0, PREFILL_TEXT_MAX).trim();
    if (s) out[k] = s;
  }
  return Object.keys(out).length ? out : undefined;
}

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
