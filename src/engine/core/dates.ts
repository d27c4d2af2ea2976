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

/*
 * The site's one way of writing dates, in the page's locale (the locale its
 * words come with): a day as "Dec 6, 2026", led by its weekday where the day
 * of the week matters ("Sun, Dec 6, 2026"), and a moment as "Dec 6, 2026, 9:30 AM".
 */
const DAY: Intl.DateTimeFormatOptions = { month: "short", day: "numeric", year: "numeric" };
const formats = new Map<string, Intl.DateTimeFormat>();

// Making a formatter costs far more than using one; a list of years of entries reuses a few.
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** A "YYYY-MM-DD" day written for people: "Dec 6, 2026", or with `weekday`, "Sun, Dec 6, 2026". */
export const formatDay = (day: string, locale: string, weekday?: boolean): string =>
  formatter(locale, { ...(weekday && { weekday: "short" }), ...DAY, timeZone: "UTC" }).format(
    toUtc(day),
  );

/**
 * A moment (an ISO time, or milliseconds) written for people in their own
 * time zone, or `timeZone`: "Dec 6, 2026, 9:30 AM".
 */
export const formatDayTime = (value: string | number, locale: string, timeZone?: string): string =>
  formatter(locale, { ...DAY, hour: "numeric", minute: "2-digit", timeZone }).format(
    new Date(value),
  );

/** Sort order for days: negative if `a` is earlier, positive if later, 0 if the same. */
export function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
