import type { PrefillForm } from "./types";

/** The thought-record's pre-fill fields in the homework builder. */
export const thoughtRecordPrefill: PrefillForm = {
  Fields: () => null,
  toPrefill: () => undefined,
};
