import { nameFrom, short, type Names, type SummaryEntry } from "../../lib/summary";
import { fill } from "../../engine/core/words";
import type { CycleEntry } from "./schema";
import { firstPart, PARTS } from "./parts";

/**
 * The cycle in a session summary: one block per cycle, titled by its first
 * words (or the note), with the note and each part written. `names` holds the parts'
 * names and the title (./summary-names.ts).
 */
export const summaryEntries = (records: CycleEntry[], names: Names): SummaryEntry[] =>
  records.map((r) => ({
    key: `my-cycle:${r.id}`,
    worksheet: "my-cycle",
    day: r.day,
    title: fill(nameFrom(names, "summaryTitle") ?? "{answer}", {
      answer: short((firstPart(r) || r.note || "").replace(/\s+/g, " "), 60),
    }),
    lines: [
      ...(r.note ? [[nameFrom(names, "note") ?? "note", r.note] as [string, string]] : []),
      ...PARTS.filter((p) => r[p].trim() !== "").map((p): [string, string] => [
        nameFrom(names, p) ?? p,
        r[p].trim(),
      ]),
    ],
    recordIds: [r.id],
  }));
