/**
 * Local calendar days as plain "YYYY-MM-DD" strings, using only the
 * platform's Date and Intl APIs.
 *
 * A "day" here is a date on the person's own calendar, not an instant. Once a
 * day string exists, all arithmetic on it runs in UTC, where there are no
 * daylight-saving jumps, so adding one day always lands on the next date.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Midnight UTC of a "YYYY-MM-DD" day (setUTCFullYear keeps years below 100 as written). */
export function toUtc(day: string): Date {
  const [y = NaN, m = NaN, d = NaN] = day.split("-").map(Number);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date;
}

const fromUtc = (date: Date) =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/**
 * The person's local calendar day for an instant, as "YYYY-MM-DD", on the
 * device's own time zone (the unit tests run it under several zones).
 */
export const localDay = (date: Date): string =>
  `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The day `n` calendar days after `day` (negative `n` goes back). */
export function addDays(day: string, n: number): string {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

const SHORT: Intl.DateTimeFormatOptions = { weekday: "short", month: "short", day: "numeric" };
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day written for people, e.g. "Thu, Nov 26" in en-US. Pass `options` for a
 * longer form, e.g. `{ weekday: "long", month: "long", day: "numeric", year: "numeric" }`.
 */
export function formatDay(
  day: string,
  locale = "en-US",
  options: Intl.DateTimeFormatOptions = SHORT,
): string {
  // Making a formatter costs far more than using one; a list of years of entries reuses a few.
  const key = options === SHORT ? locale : `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    formats.set(key, format);
  }
  return format.format(toUtc(day));
}

/** Sort order for days: negative if `a` is earlier, positive if later, 0 if the same. */
export function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * An instant (an ISO string or a Date) written for people with its date and
 * time on the device's own time zone, e.g. "Dec 6, 2026, 9:41 PM" in en-US,
 * so two entries made on one day can be told apart. Pass `options` for
 * another form, e.g. `{ timeStyle: "short" }` for the time alone. (Lists of
 * results are short, so no formatter cache: that would cost every page bytes.)
 */
export const formatDateTime = (
  instant: string | Date,
  locale = "en-US",
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" },
): string => new Date(instant).toLocaleString(locale, options);
