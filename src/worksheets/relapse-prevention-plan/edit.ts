import { SECTION_MAX } from "./schema";
import type { Say } from "./plan";

/**
 * Changing the plan without a store: adding a line below what is written,
 * the check that runs before a section is saved, and review dates.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The same day `n` months after `day` (YYYY-MM-DD), or that month's last day
 * when it is shorter: January 31 plus one month is February 28 (or 29).
 */
export function addMonths(day: string, n: number): string {
  const [y = 0, m = 1, d = 1] = day.split("-").map(Number);
  const months = y * 12 + m - 1 + n;
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The message for a text over its limit. Nothing is ever cut. */
export const tooLong = (length: number, max: number, w: Say, locale: string): string =>
  w("tooLong", { max: max.toLocaleString(locale), over: (length - max).toLocaleString(locale) });

/** Sections show how many characters are left once this close to the limit. */
export const COUNTER_FROM = SECTION_MAX - 400;

/**
 * Why a section cannot be saved yet, or undefined when it can. Only length
 * can stop it; the text itself is never cut.
 */
export const sectionError = (text: string, w: Say, locale: string): string | undefined =>
  text.length > SECTION_MAX ? tooLong(text.length, SECTION_MAX, w, locale) : undefined;

/** "120 characters left", once a section is near its limit; "" before that. */
export function charactersLeft(text: string, w: Say): string {
  const left = SECTION_MAX - text.length;
  return text.length < COUNTER_FROM || left < 0 ? "" : w("charactersLeft", { count: left });
}

/** One point per line: each line trimmed, blank lines dropped. */
export const tidyLines = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");

/**
 * `addition` on a new line below `text`; `text` unchanged when there is
 * nothing to add. Text that holds only spaces counts as empty.
 */
export function appendLines(text: string, addition: string): string {
  const add = addition.trim();
  const base = text.trimEnd();
  if (!add) return text;
  return base ? `${base}\n${add}` : add;
}

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** Whether `text` already holds `line` (ignoring case and spacing), so it need not be added again. */
export const holdsLine = (text: string, line: string): boolean =>
  squash(line) !== "" && squash(text).includes(squash(line));
