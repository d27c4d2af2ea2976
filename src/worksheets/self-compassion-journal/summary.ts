import { nameFrom, type Names, type SummaryEntry } from "../../lib/summary";
import { fill } from "../../engine/core/words";
import type { JournalEntry } from "./schema";
import { ENTRY_FIELDS } from "./first-answer";
import { firstAnswer } from "./labels";

const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/**
 * The self-compassion journal's entries in a session summary: one block per
 * entry, titled by its first answer, with the prompts that were answered.
 * `names` holds the prompts' names and the title (./summary-names.ts).
 */
export function selfCompassionJournalEntries(
  records: JournalEntry[],
  names: Names,
): SummaryEntry[] {
  return records.map((r) => ({
    key: `self-compassion-journal:${r.id}`,
    worksheet: "self-compassion-journal",
    day: r.day,
    title: fill(nameFrom(names, "summaryTitle") ?? "{answer}", {
      answer: short(firstAnswer(r).replace(/\s+/g, " ")),
    }),
    lines: ENTRY_FIELDS.filter((f) => r[f].trim() !== "").map((f): [string, string] => [
      nameFrom(names, f) ?? f,
      r[f].trim(),
    ]),
    recordIds: [r.id],
  }));
}

export const summaryEntries = (records: JournalEntry[], names: Names) =>
  selfCompassionJournalEntries(records, names);
