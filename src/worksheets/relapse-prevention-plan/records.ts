import { formatDay, localDay } from "../../engine/core/dates";
import type { ContactRecord, RelapsePlanRecord, TextSectionId } from "./schema";

/**
 * Reading the plan's records: what a section holds, the review date, the
 * contacts in order, and days. Shared by the worksheet, its homework page and
 * the session summary, so it stays small.
 */

/** What the person wrote in a section; "" when they have not written there yet. */
export function sectionText(records: readonly RelapsePlanRecord[], id: TextSectionId): string {
  for (const r of records) if (r.kind === "section" && r.id === id) return r.text;
  return "";
}

/** The review date (YYYY-MM-DD), or undefined when none is set. */
export function reviewDateOf(records: readonly RelapsePlanRecord[]): string | undefined {
  for (const r of records) if (r.kind === "review") return r.reviewDate;
  return undefined;
}

/** The day of a moment (by default now) on the person's own calendar, YYYY-MM-DD. */
export const dayOf = (now = new Date()): string => localDay(now);

/** A day (YYYY-MM-DD) in words, e.g. "Jan 15, 2027". */
export const longDay = (day: string, locale: string): string => formatDay(day, locale);

/** The contacts, in the order they were added. */
export function contactsOf(records: readonly RelapsePlanRecord[]): ContactRecord[] {
  return records
    .filter((r): r is ContactRecord => r.kind === "contact")
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
