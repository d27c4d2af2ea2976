import type { CostsPrefill } from "./prefill";
import { PREFILL_TEXT_MAX } from "../../engine/homework/limits";
import type { PrefillForm } from "../../engine/homework/prefill-form";
import { t } from "../../engine/core/words";

/** The link's pre-fill from the builder's fields (raw.topic, raw.note), or undefined when both are empty. */
export function costsPrefill(raw: Record<string, string | undefined>): CostsPrefill {
  const cut = (s?: string) => (s ?? "").trim().slice(0, PREFILL_TEXT_MAX).trim();
  const topic = cut(raw.topic);
  const note = cut(raw.note);
  return topic || note ? { ...(topic ? { topic } : {}), ...(note ? { note } : {}) } : undefined;
}

/** The worksheet's pre-fill fields in the homework builder: a topic and a note. */
const form: PrefillForm = {
  Fields: ({ raw, set, words }) => (
    <fieldset>
      <legend>{t(words, "homeworkLegend")}</legend>
      <label for="hw-cb-topic">{t(words, "homeworkFieldTopic")}</label>
      <input
        id="hw-cb-topic"
        maxLength={PREFILL_TEXT_MAX}
        value={raw.topic ?? ""}
        aria-describedby="hw-cb-topic-hint"
        onInput={(e) => set("topic", e.currentTarget.value)}
      />
      <span id="hw-cb-topic-hint" class="muted counter">
        {t(words, "homeworkFieldTopicHint")}
      </span>
      <label for="hw-cb-note">{t(words, "homeworkFieldNote")}</label>
      <textarea
        id="hw-cb-note"
        rows={2}
        maxLength={PREFILL_TEXT_MAX}
        value={raw.note ?? ""}
        onInput={(e) => set("note", e.currentTarget.value)}
      />
    </fieldset>
  ),
  toPrefill: costsPrefill,
};
export default form;
