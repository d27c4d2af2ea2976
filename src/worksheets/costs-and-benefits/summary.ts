import { nameFrom, short, type Names, type SummaryEntry } from "../../lib/summary";
import { fill } from "../../engine/core/words";
import { FIELDS, type CostsEntry } from "./schema";

/**
 * The worksheet's entries in a session summary: one block per entry, titled
 * by its topic, with every field that was written (the grid's four boxes
 * named in full, so they read well as a list). `names` is ./summary-names.ts.
 */
export const summaryEntries = (records: CostsEntry[], names: Names): SummaryEntry[] =>
  records.map((r) => ({
    key: `costs-and-benefits:${r.id}`,
    worksheet: "costs-and-benefits",
    day: r.day,
    title: fill(nameFrom(names, "summaryTitle") ?? "{topic}", {
      topic: short(r.topic.trim().replace(/\s+/g, " ")) || (nameFrom(names, "untitled") ?? ""),
    }),
    lines: [...FIELDS, "therapistNote" as const]
      .filter((f) => (r[f] ?? "").trim() !== "")
      .map((f): [string, string] => [nameFrom(names, f) ?? f, r[f]!.trim()]),
    recordIds: [r.id],
  }));
