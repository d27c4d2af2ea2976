import type { SummaryEntry } from "../summary";
import type { RelapsePlanRecord } from "../../schemas/stored/relapse-prevention-plan";
import { TITLES } from "./titles";

/**
 * The relapse-prevention plan in a session summary: one entry for the whole
 * plan, with each part that has something in it, in page order. Contacts
 * appear by name (and who they are), without their numbers or notes. The
 * entry is dated by the plan's latest change, as a local day. (It reads the
 * records itself: the summary page has every worksheet's code to carry.)
 */
export function relapsePreventionPlanEntries(records: RelapsePlanRecord[]): SummaryEntry[] {
  const parts: Record<string, string[]> = {};
  let latest = "";
  for (const r of records) {
    const id = r.kind === "section" ? r.id : r.kind === "contact" ? "contacts" : "review";
    const text =
      r.kind === "section"
        ? r.text.trim()
        : r.kind === "contact"
          ? r.name + (r.relationship ? ` (${r.relationship})` : "")
          : new Date(r.reviewDate).toLocaleDateString("en-US", {
              dateStyle: "full",
              timeZone: "UTC",
            });
    if (text) (parts[id] ??= []).push(text);
    if (r.updatedAt > latest) latest = r.updatedAt;
  }
  // TITLES lists the parts in page order.
  const lines = Object.entries(TITLES)
    .filter(([id]) => parts[id])
    .map(([id, title]): [string, string] => [title, parts[id]!.join("\n")]);
  const at = new Date(latest);
  return lines.length
    ? [
        {
          key: "relapse-prevention-plan:plan",
          worksheet: "relapse-prevention-plan",
          // The local day, as lib/dates.ts localDay gives it.
          day: new Date(+at - at.getTimezoneOffset() * 6e4).toISOString().slice(0, 10),
          title: "My relapse-prevention plan",
          lines,
          recordIds: records.map((r) => r.id),
        },
      ]
    : [];
}
