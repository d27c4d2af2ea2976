import type { SummaryEntry } from "../summary";
import type { RelapsePlanRecord } from "../../schemas/stored/relapse-prevention-plan";

/** The relapse-prevention plan's entries in a session summary. */
export function relapsePreventionPlanEntries(records: RelapsePlanRecord[]): SummaryEntry[] {
  void records;
  return [];
}
