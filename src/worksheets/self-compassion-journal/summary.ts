import type { SummaryEntry } from "../../lib/summary";
import { ENTRY_FIELDS, type JournalEntry } from "./schema";
import { firstAnswer, PROMPT_LABELS } from "./labels";

const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/**
 * The self-compassion journal's entries in a session summary: one block per
 * entry, titled by its first answer, with the prompts that were answered.
 */
export function selfCompassionJournalEntries(records: JournalEntry[]): SummaryEntry[] {
  return records.map((r) => ({
    key: `self-compassion-journal:${r.id}`,
    worksheet: "self-compassion-journal",
    day: r.day,
    title: `Journal: ${short(firstAnswer(r).replace(/\s+/g, " "))}`,
    lines: ENTRY_FIELDS.filter((f) => r[f].trim() !== "").map((f): [string, string] => [
      PROMPT_LABELS[f],
      r[f].trim(),
    ]),
    recordIds: [r.id],
  }));
}

export const summaryEntries = (records: JournalEntry[]) => selfCompassionJournalEntries(records);
