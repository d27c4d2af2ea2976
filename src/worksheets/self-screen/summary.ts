import { clean, nameFrom, type Names, type SummaryEntry } from "../../lib/summary";
import type { ResultRecord, SelfScreenRecord } from "./schema";

export function selfScreenEntries(
  records: SelfScreenRecord[],
  domainName: (id: string) => string,
): SummaryEntry[] {
  return records
    .filter((r): r is ResultRecord => r.kind === "result")
    .map((r) => ({
      key: `self-screen:${r.id}`,
      worksheet: "self-screen",
      day: r.completedAt.slice(0, 10),
      title: "Self-screen result",
      lines: clean([
        ["Overall", r.overall.band],
        ...r.domains.map((d): [string, string] => [
          domainName(d.id),
          d.score === null ? "not enough answers" : `${d.score.toFixed(1)} of 4 (${d.band})`,
        ]),
        ["Effect on daily life", r.impact.band],
      ]),
      recordIds: [r.id],
    }));
}

/** The session summary's entries; `names` holds the domain names by id (./summary-names.ts). */
export const summaryEntries = (records: SelfScreenRecord[], names: Names) =>
  selfScreenEntries(records, (id) => nameFrom(names, id) ?? id);
