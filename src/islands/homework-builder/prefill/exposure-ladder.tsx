import type { PrefillForm } from "./types";

/** The exposure-ladder's pre-fill fields in the homework builder. */
export const exposureLadderPrefill: PrefillForm = {
  Fields: () => null,
  toPrefill: () => undefined,
};
