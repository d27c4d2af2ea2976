import { nameFrom, short, type Names, type SummaryEntry } from "../../lib/summary";
import { localDay } from "../../engine/core/dates";
import { fill } from "../../engine/core/words";
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
 * `names` holds the summary's words and the glossary's trap names
 * (./summary-names.ts); a trap missing from it is named from its id.
 */
export function thoughtRecordEntries(
  records: readonly StoredThought[],
  names: Names,
): SummaryEntry[] {
  const n = (key: string) => nameFrom(names, key) ?? key;
  return records
    .filter((r): r is ThoughtRecord => r.kind === "record")
    .map((r) => ({
      key: `thought-record:${r.id}`,
      worksheet: "thought-record",
      day: localDay(new Date(r.when)),
      title: fill(n("summaryTitle"), { thought: short(r.automaticThought) }),
      lines: (
        [
          ["summarySituation", r.situation],
          [
            "summaryFeelings",
            r.emotions.map((e) => `${e.name} ${change(e.before, e.after)}`).join("; "),
          ],
          ["summaryThought", r.automaticThought],
          ["summaryBelief", change(r.beliefBefore, r.beliefAfter, "%")],
          ["summaryTraps", r.traps.map((id) => nameFrom(names, id) ?? trapWords(id)).join(", ")],
          ["summaryFor", r.evidenceFor],
          ["summaryAgainst", r.evidenceAgainst],
          ["summaryBalanced", r.balancedThought],
          ["summaryBalancedBelief", r.balancedBelief === undefined ? "" : `${r.balancedBelief}%`],
        ] as [string, string][]
      )
        .filter(([, v]) => v)
        .map(([k, v]): [string, string] => [n(k), v]),
      recordIds: [r.id],
    }));
}

/** The session summary's entries; `names` comes from ./summary-names.ts. */
export const summaryEntries = (records: readonly StoredThought[], names: Names) =>
  thoughtRecordEntries(records, names);
