import { clean, nameFrom, type Names, type SummaryEntry } from "../../lib/summary";
import type { ResultRecord, SelfScreenRecord } from "./schema";
import { fill } from "../../engine/core/words";
import { localDay } from "../../engine/core/dates";

/** A time of day written for people: "9:41 PM" (the summary's day is shown beside it). */
const formatTime = (value: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit" }).format(new Date(value));

/**
 * The results in a session summary; `names` holds the domain names and the
 * summary's words (./summary-names.ts); `locale` writes the times.
 */
export function selfScreenEntries(
  records: SelfScreenRecord[],
  names: Names,
  locale: string,
): SummaryEntry[] {
  const n = (key: string) => nameFrom(names, key) ?? key;
  return records
    .filter((r): r is ResultRecord => r.kind === "result")
    .map((r) => ({
      key: `self-screen:${r.id}`,
      worksheet: "self-screen",
      // The person's own day and time, so two results from one day are told apart.
      day: localDay(new Date(r.completedAt)),
      title: fill(n("summaryTitle"), {
        time: formatTime(r.completedAt, locale),
      }),
      lines: clean([
        [n("summaryOverall"), r.overall.band],
        ...r.domains.map((d): [string, string] => [
          n(d.id),
          d.score === null
            ? n("summaryNotEnough")
            : fill(n("summaryScore"), { score: d.score.toFixed(1), band: String(d.band) }),
        ]),
        [n("summaryImpact"), r.impact.band],
      ]),
      recordIds: [r.id],
    }));
}

/** The session summary's entries; `names` holds the domain names by id (./summary-names.ts). */
export const summaryEntries = (records: SelfScreenRecord[], names: Names, locale: string) =>
  selfScreenEntries(records, names, locale);
