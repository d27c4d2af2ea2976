import { PREFILL_TEXT_MAX } from "../../engine/homework/link-schema";
import { prefillFromFields } from "./link";
import type { PrefillForm } from "../../engine/homework/prefill-form";

/** The written fields: name, label. */
const TEXTS = [
  ["learned", "What your client learned in treatment, one point per line"],
  ["signs", "Early warning signs you talked about, one per line"],
] as const;

/** The relapse-prevention-plan's pre-fill fields in the homework builder. */
export const relapsePreventionPlanPrefill: PrefillForm = {
  Fields: ({ raw, set }) => (
    <fieldset aria-describedby="hw-plan-hint">
      <legend>3. Add to the plan (optional)</legend>
      <p id="hw-plan-hint" class="muted">
        Your points go below anything your client has already written, never in place of it. The
        review date is used only if they have not chosen one.
      </p>
      {TEXTS.map(([name, label]) => (
        <div key={name}>
          <label for={`hw-${name}`}>{label}</label>
          <textarea
            id={`hw-${name}`}
            rows={3}
            maxLength={PREFILL_TEXT_MAX}
            value={raw[name] ?? ""}
            onInput={(e) => set(name, e.currentTarget.value)}
          />
        </div>
      ))}
      <label for="hw-review">Suggested review date</label>
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
