import { journalPrefill } from "./homework";
import { PREFILL_TEXT_MAX } from "../../engine/homework/link-schema";
import type { PrefillForm } from "../../engine/homework/prefill-form";

/** The self-compassion-journal's pre-fill fields in the homework builder: a prompt to write about. */
export const selfCompassionJournalPrefill: PrefillForm = {
  Fields: ({ raw, set }) => (
    <fieldset>
      <legend>3. Suggest something to write about (optional)</legend>
      <label for="hw-scj-prompt">A moment or theme for your client's journal entry</label>
      <textarea
        id="hw-scj-prompt"
        rows={2}
        maxLength={PREFILL_TEXT_MAX}
        value={raw.prompt ?? ""}
        aria-describedby="hw-scj-prompt-hint"
        onInput={(e) => set("prompt", e.currentTarget.value)}
      />
      <span id="hw-scj-prompt-hint" class="muted counter">
        For example: a time this week you felt you fell short. It starts a new entry, dated the day
        your client adds it.
      </span>
    </fieldset>
  ),
  toPrefill: journalPrefill,
};
