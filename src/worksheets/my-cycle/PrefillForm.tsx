import { PREFILL_TEXT_MAX } from "../../engine/homework/limits";
import type { PrefillForm } from "../../engine/homework/prefill-form";
import { t } from "../../engine/core/words";
import { PARTS, partKey } from "./parts";
import type { CyclePrefill } from "./prefill";

/**
 * The link's pre-fill from the builder's fields: each part trimmed and capped
 * at the link's limit, empty ones left out; undefined when nothing is left.
 */
export function prefillFromRaw(raw: Readonly<Record<string, string>>): CyclePrefill {
  const out: NonNullable<CyclePrefill> = {};
  for (const p of PARTS) {
    const s = (raw[p] ?? "").trim().slice(0, PREFILL_TEXT_MAX).trim();
    if (s) out[p] = s;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The cycle's pre-fill fields in the homework builder: any of its six parts. */
const form: PrefillForm = {
  Fields: ({ raw, set, words }) => (
    <fieldset aria-describedby="hw-cyc-hint">
      <legend>{t(words, "homeworkLegend")}</legend>
      <p id="hw-cyc-hint" class="muted">
        {t(words, "homeworkFieldsHint")}
      </p>
      {PARTS.map((p) => (
        <div key={p}>
          <label for={`hw-cyc-${p}`}>{t(words, partKey(p))}</label>
          <textarea
            id={`hw-cyc-${p}`}
            rows={2}
            maxLength={PREFILL_TEXT_MAX}
            value={raw[p] ?? ""}
            onInput={(e) => set(p, e.currentTarget.value)}
          />
        </div>
      ))}
    </fieldset>
  ),
  toPrefill: prefillFromRaw,
};
export default form;
