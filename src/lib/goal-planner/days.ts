/**
 * Small helpers both goal-planner pages use: filling in a wording template,
 * and naming days next to today.
 */
import { addDays } from "../dates";

/** A template with {0}, {1}… filled in, e.g. fill("Added “{0}”.", "Tidy") is "Added “Tidy”.". */
export const fill = (template: string, ...values: unknown[]): string =>
  template.replace(/\{(\d)\}/g, (_, i: string) => String(values[+i]));

/** "1 goal" or "3 goals": `one` for one, otherwise `many` with the number filled in. */
export const count = (n: number, one: string, many: string): string =>
  n === 1 ? one : fill(many, n);

/** "today", "yesterday" or "tomorrow" for days next to `today`, or null. */
export function relativeDay(day: string, today: string): string | null {
  if (day === today) return "today";
  if (day === addDays(today, -1)) return "yesterday";
  if (day === addDays(today, 1)) return "tomorrow";
  return null;
}

/** The long form of a day, as in "Thursday, November 26, 2026". */
export const LONG: Intl.DateTimeFormatOptions = {
  weekday: "long",
  month: "long",
  day: "numeric",
  year: "numeric",
};

/** The day named by a page address's ?day=YYYY-MM-DD, if it is a real date, or null. */
export function dayParam(search: string): string | null {
  const day = new URLSearchParams(search).get("day");
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) && addDays(day, 0) === day ? day : null;
}
