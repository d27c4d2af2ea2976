import type { SummaryEntry } from "../summary";
import type { JournalEntry } from "../../schemas/stored/self-compassion-journal";

/** The self-compassion journal's entries in a session summary. */
export function selfCompassionJournalEntries(records: JournalEntry[]): SummaryEntry[] {
  void records;
  return [];
}
