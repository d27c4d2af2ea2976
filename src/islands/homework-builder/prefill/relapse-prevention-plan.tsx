import type { PrefillForm } from "./types";

/** The relapse-prevention-plan's pre-fill fields in the homework builder. */
export const relapsePreventionPlanPrefill: PrefillForm = {
  Fields: () => null,
  toPrefill: () => undefined,
};
