/**
 * Small helpers every goal-planner page uses: filling in a wording template,
 * naming days, reading ?day=, and writing time boxes.
 *
 * The pages' islands all import this module (and nothing else of the
 * planner's that another page's island imports), so the build keeps it in one
 * small chunk of its own: each extra shared chunk costs a page bytes.
 */
import type { GoalRecord } from "./schema";
import { TEXT_MAX } from "../../engine/storage/record";
import { addDays } from "../../engine/core/dates";

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

/** "45 min", "2 h", "1 h 30 min". */
export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The time boxes of goals, added up; goals let go take no time. */
export const boxedMinutes = (goals: readonly Pick<GoalRecord, "minutes" | "status">[]): number =>
  goals.reduce((sum, g) => sum + (g.status === "let-go" ? 0 : (g.minutes ?? 0)), 0);

/** A note for a text box at or past the 2,000-character cap, or null while there is room. */
export const textNote = (w: { textOver: string; textAt: string }, value: string): string | null =>
  value.length > TEXT_MAX
    ? fill(w.textOver, value.length.toLocaleString("en-US"))
    : value.length === TEXT_MAX
      ? w.textAt
      : null;
