import type { SummaryEntry } from "../summary";
import type { ThoughtRecord } from "../../schemas/stored/thought-record";

/** The thought record's entries in a session summary. */
export function thoughtRecordEntries(records: ThoughtRecord[]): SummaryEntry[] {
  void records;
  return [];
}
