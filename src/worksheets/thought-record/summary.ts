import { nameFrom, type Names, type SummaryEntry } from "../../lib/summary";
import { localDay } from "../../engine/core/dates";
import type { StoredThought, ThoughtRecord } from "./schema";

/** A trap id in words, for where the glossary is not at hand: "mind-reading" → "Mind reading". */
export const trapWords = (id: string): string =>
  id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, " ");

/** "80 → 40", "80 → –" or "80% → 35%"; "" when neither was rated. */
const change = (before?: number, after?: number, unit = ""): string =>
  before === undefined && after === undefined
    ? ""
    : [before, after].map((n) => (n === undefined ? "–" : `${n}${unit}`)).join(" → ");

/**
 * The thought record's entries in a session summary: one a saved thought
 * record (drafts are left out), with what the person wrote, step by step.
 * `trapName` gives a trap's name; without the glossary, its id in words.
 */
export function thoughtRecordEntries(
  records: readonly StoredThought[],
  trapName: (id: string) => string = trapWords,
): SummaryEntry[] {
  return records
    .filter((r): r is ThoughtRecord => r.kind === "record")
    .map((r) => ({
      key: `thought-record:${r.id}`,
      worksheet: "thought-record",
      day: localDay(new Date(r.when)),
      title: `Thought record: ${r.automaticThought.length > 70 ? `${r.automaticThought.slice(0, 69)}…` : r.automaticThought}`,
      lines: (
        [
          ["Situation", r.situation],
          [
            "Feelings, at the time → at the end",
            r.emotions.map((e) => `${e.name} ${change(e.before, e.after)}`).join("; "),
          ],
          ["Automatic thought", r.automaticThought],
          ["Belief in it, at the time → at the end", change(r.beliefBefore, r.beliefAfter, "%")],
          ["Thinking traps", r.traps.map(trapName).join(", ")],
          ["Facts that support it", r.evidenceFor],
          ["Facts that don't fit it", r.evidenceAgainst],
          ["Balanced thought", r.balancedThought],
          [
            "Belief in the balanced thought",
            r.balancedBelief === undefined ? "" : `${r.balancedBelief}%`,
          ],
        ] as [string, string][]
      ).filter(([, v]) => v),
      recordIds: [r.id],
    }));
}

/** The session summary's entries; `names` holds the glossary's trap names (./summary-names.ts). */
export const summaryEntries = (records: readonly StoredThought[], names: Names) =>
  thoughtRecordEntries(records, (id) => nameFrom(names, id) ?? trapWords(id));
