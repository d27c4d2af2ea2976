import { TEXT_MAX } from "./storage/record";

/** Checks shared by the worksheet forms, so every worksheet says the same thing the same way. */

/** 2000 → "2,000". */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** The message shown next to a text that is over the limit. Nothing is ever cut. */
export const limitMessage = (length: number, max = TEXT_MAX): string =>
  `Limit reached: this is ${grouped(length - max)} character${length - max === 1 ? "" : "s"} over the ` +
  `${grouped(max)} limit. Shorten it a little to save. Nothing has been cut.`;

/** A 0–100 rating typed as text, or undefined when it is empty or not a whole number in range. */
export function parseRating(raw: string): number | undefined {
  const s = raw.trim();
  return /^\d{1,3}$/.test(s) && Number(s) <= 100 ? Number(s) : undefined;
}

/** A real calendar day, YYYY-MM-DD (not 2026-02-30). */
export function isRealDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === s;
}
