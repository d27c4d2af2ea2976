import type { JournalPrefill } from "./prefill";
import { PREFILL_TEXT_MAX } from "../../engine/homework/limits";
import type { PrefillForm } from "../../engine/homework/prefill-form";
import { t } from "../../engine/core/words";

/**
 * The link's pre-fill from the homework builder's field (raw.prompt): the
 * therapist's words trimmed and capped, or undefined when they wrote nothing.
 */
export function journalPrefill(raw: Record<string, string | undefined>): JournalPrefill {
  const prompt = (raw.prompt ?? "").trim().slice(0, PREFILL_TEXT_MAX).trim();
  return prompt ? { prompt } : undefined;
}

/** The self-compassion-journal's pre-fill fields in the homework builder: a prompt to write about. */
const form: PrefillForm = {
  Fields: ({ raw, set, words }) => (
    <fieldset>
      <legend>{t(words, "homeworkLegend")}</legend>
      <label for="hw-scj-prompt">{t(words, "homeworkFieldPrompt")}</label>
      <textarea
        id="hw-scj-prompt"
        rows={2}
        maxLength={PREFILL_TEXT_MAX}
        value={raw.prompt ?? ""}
        aria-describedby="hw-scj-prompt-hint"
        onInput={(e) => set("prompt", e.currentTarget.value)}
      />
      <span id="hw-scj-prompt-hint" class="muted counter">
        {t(words, "homeworkFieldPromptHint")}
      </span>
    </fieldset>
  ),
  toPrefill: journalPrefill,
};
export default form;
