import { RITUALS_MAX } from "./link-limits";
import type { ExperimentPrefill } from "./prefill";
import { PREFILL_TEXT_MAX } from "../../engine/homework/limits";
import type { PrefillForm } from "../../engine/homework/prefill-form";
import { t } from "../../engine/core/words";

/** The builder's fields as the link's pre-fill; undefined when all are empty. */
export function experimentPrefill(
  raw: Readonly<Record<string, string>>,
): ExperimentPrefill | undefined {
  const text = (k: string) => (raw[k] ?? "").trim().slice(0, PREFILL_TEXT_MAX);
  const lines = (raw.rituals ?? "")
    .split("\n")
    .map((r) => r.trim())
    .filter(Boolean)
    .slice(0, RITUALS_MAX)
    .map((l) => l.slice(0, 200));
  const out: ExperimentPrefill = {
    ...(raw.template ? { template: raw.template } : {}),
    ...(text("belief") ? { belief: text("belief") } : {}),
    ...(text("experiment") ? { experiment: text("experiment") } : {}),
    ...(lines.length ? { rituals: lines } : {}),
  };
  return Object.keys(out).length ? out : undefined;
}

const TEXTS = [
  ["belief", "homeworkFieldBelief", 2],
  ["experiment", "homeworkFieldExperiment", 2],
] as const;

/** The experiment tracker's pre-fill fields in the homework builder: a ready experiment or own words. */
const form: PrefillForm = {
  Fields: ({ raw, set, words, choices }) => (
    <fieldset>
      <legend>{t(words, "homeworkLegend")}</legend>
      <label for="hw-template">{t(words, "homeworkFieldTemplate")}</label>
      <select
        id="hw-template"
        value={raw.template ?? ""}
        onChange={(e) => set("template", e.currentTarget.value)}
      >
        <option value="">{t(words, "homeworkNoTemplate")}</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </select>
      {TEXTS.map(([name, label, rows]) => (
        <div key={name}>
          <label for={`hw-${name}`}>{t(words, label)}</label>
          <textarea
            id={`hw-${name}`}
            rows={rows}
            maxLength={PREFILL_TEXT_MAX}
            value={raw[name] ?? ""}
            onInput={(e) => set(name, e.currentTarget.value)}
          />
        </div>
      ))}
      <label for="hw-rituals">{t(words, "homeworkFieldRituals")}</label>
      <textarea
        id="hw-rituals"
        rows={3}
        value={raw.rituals ?? ""}
        onInput={(e) => set("rituals", e.currentTarget.value)}
      />
    </fieldset>
  ),
  toPrefill: experimentPrefill,
};
export default form;
