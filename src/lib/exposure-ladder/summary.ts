import type { SummaryEntry } from "../summary";
import type { ExposureLadderRecord } from "../../schemas/stored/exposure-ladder";

/** The exposure ladder's entries in a session summary. */
export function exposureLadderEntries(records: ExposureLadderRecord[]): SummaryEntry[] {
  void records;
  return [];
}
