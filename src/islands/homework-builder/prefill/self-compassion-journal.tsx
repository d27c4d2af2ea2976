import type { PrefillForm } from "./types";

/** The self-compassion-journal's pre-fill fields in the homework builder. */
export const selfCompassionJournalPrefill: PrefillForm = {
  Fields: () => null,
  toPrefill: () => undefined,
};
