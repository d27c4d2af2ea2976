/**
 * Small helpers every goal-planner page uses: the words, naming days, reading
 * ?day=, and writing time boxes.
 *
 * The pages' islands all import this module (and nothing else of the
 * planner's that another page's island imports), so the build keeps it in one
 * small chunk of its own: each extra shared chunk costs a page bytes.
 */
import type { GoalRecord } from "./schema";
import { TEXT_MAX } from "../../engine/storage/record";
import { addDays, formatDay } from "../../engine/core/dates";
import { words, type Vars, type Words } from "../../engine/core/words";

/** The planner's words for one locale: `w("dumpH")`, `w("goals", { count: 2 })`. */
export interface Say {
  (key: string, vars?: Vars): string;
  locale: string;
}

/** Binds the page's dictionary (words/<locale>.json, passed as a prop) and locale. */
export const sayer = (dict: Words, locale: string): Say =>
  Object.assign(words(dict, locale), { locale });

/** "today", "yesterday" or "tomorrow" for days next to `today`, or null. */
export function relativeDay(day: string, today: string): "today" | "yesterday" | "tomorrow" | null {
  if (day === today) return "today";
  if (day === addDays(today, -1)) return "yesterday";
  if (day === addDays(today, 1)) return "tomorrow";
  return null;
}

/** Each near day's word, and its form at the start of a heading. */
const REL = {
  today: ["relToday", "capToday"],
  yesterday: ["relYesterday", "capYesterday"],
  tomorrow: ["relTomorrow", "capTomorrow"],
} as const;

/** "today", "yesterday", "tomorrow", or the day written out (led by its weekday with `weekday`). */
export function dayName(w: Say, day: string, today: string, weekday?: boolean) {
  const rel = relativeDay(day, today);
  return rel ? w(REL[rel][0]) : formatDay(day, w.locale, weekday);
}

/** As a heading: "Today, Thu, Nov 26, 2026", or just the date with its weekday. */
export function dayHeading(w: Say, day: string, today: string): string {
  const rel = relativeDay(day, today);
  const date = formatDay(day, w.locale, true);
  return rel ? w("dayHeading", { rel: w(REL[rel][1]), date }) : date;
}

/** The day named by a page address's ?day=YYYY-MM-DD, if it is a real date, or null. */
export function dayParam(search: string): string | null {
  const day = new URLSearchParams(search).get("day");
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) && addDays(day, 0) === day ? day : null;
}

/** "45 min", "2 h", "1 h 30 min". */
export function formatMinutes(w: Say, total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return w("minutesShort", { m });
  return m === 0 ? w("hoursShort", { h }) : w("hoursMinutes", { h, m });
}

/** The time boxes of goals, added up; goals let go take no time. */
export const boxedMinutes = (goals: readonly Pick<GoalRecord, "minutes" | "status">[]): number =>
  goals.reduce((sum, g) => sum + (g.status === "let-go" ? 0 : (g.minutes ?? 0)), 0);

/** A note for a text box at or past the 2,000-character cap, or null while there is room. */
export const textNote = (w: Say, value: string): string | null =>
  value.length > TEXT_MAX
    ? w("textOver", { length: value.length.toLocaleString(w.locale) })
    : value.length === TEXT_MAX
      ? w("textAt")
      : null;

/** Each status's name, and what is said when it is chosen; none of them reads as failure. */
export const STATUS_WORDS = {
  planned: ["statusPlanned", "saidPlanned"],
  done: ["statusDone", "saidDone"],
  partly: ["statusPartly", "saidPartly"],
  "let-go": ["statusLetGo", "saidLetGo"],
} as const;
