import type { Names, SummaryEntry } from "../../lib/summary";
import type { RelapsePlanRecord } from "./schema";
import { formatDay, localDay } from "../../engine/core/dates";
import type { PlanPartId } from "./plan";

/**
 * The relapse-prevention plan in a session summary: one entry for the whole
 * plan, with each part that has something in it, in page order. Contacts
 * appear by name (and who they are), without their numbers or notes. The
 * entry is dated by the plan's latest change, as a local day. (It reads the
 * records itself: the summary page has every worksheet's code to carry.)
 * `titles` is TITLES from ./titles.ts and `title` the entry's own, passed in
 * by the page so that their words are HTML rather than script.
 */
export function relapsePreventionPlanEntries(
  records: RelapsePlanRecord[],
  titles: Readonly<Record<PlanPartId, string>>,
  title: string,
  locale: string,
): SummaryEntry[] {
  const parts: Record<string, string[]> = {};
  let latest = "";
  for (const r of records) {
    const id = r.kind === "section" ? r.id : r.kind === "contact" ? "contacts" : "review";
    const text =
      r.kind === "section"
        ? r.text.trim()
        : r.kind === "contact"
          ? r.name + (r.relationship ? ` (${r.relationship})` : "")
          : formatDay(r.reviewDate, locale);
    if (text) (parts[id] ??= []).push(text);
    if (r.updatedAt > latest) latest = r.updatedAt;
  }
  // The titles list the parts in page order.
  const lines = Object.entries(titles)
    .filter(([id]) => parts[id])
    .map(([id, title]): [string, string] => [title, parts[id]!.join("\n")]);
  return lines.length
    ? [
        {
          key: "relapse-prevention-plan:plan",
          worksheet: "relapse-prevention-plan",
          day: localDay(new Date(latest)),
          title,
          lines,
          recordIds: records.map((r) => r.id),
        },
      ]
    : [];
}

/** The session summary's entries; `names` holds the part titles in page order and the entry's title (./summary-names.ts). */
export const summaryEntries = (
  records: RelapsePlanRecord[],
  { summaryTitle, ...titles }: Names,
  locale: string,
) =>
  relapsePreventionPlanEntries(
    records,
    titles as Record<PlanPartId, string>,
    summaryTitle ?? "",
    locale,
  );
