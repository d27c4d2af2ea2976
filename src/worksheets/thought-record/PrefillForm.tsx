import { prefillFromRaw } from "./prefill";
import { PREFILL_TEXT_MAX } from "../../engine/homework/link-schema";
import type { PrefillForm } from "../../engine/homework/prefill-form";

const FIELDS = [
  ["situation", "A situation to write about, e.g. “the team meeting on Monday”"],
  ["thought", "An automatic thought to look at, e.g. “If it isn't perfect, I've failed”"],
] as const;

/** The thought-record's pre-fill fields in the homework builder. */
export const thoughtRecordPrefill: PrefillForm = {
  Fields: ({ raw, set }) => (
    <fieldset>
      <legend>3. Pre-fill the thought record (optional)</legend>
      {FIELDS.map(([name, label]) => (
        <div key={name}>
          <label for={`hw-tr-${name}`}>{label}</label>
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
