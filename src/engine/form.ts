import { TEXT_MAX } from "./storage/record";
import type { Say } from "./core/words";

/** Checks shared by the worksheet forms, so every worksheet says the same thing the same way. */

/**
 * The message shown next to a text that is over the limit, in the worksheet's
 * words: its "limit" entry (with {characters} over and the {max}) and its
 * "characters" plural forms (with {n}, the number as the locale writes it).
 * Nothing is ever cut.
 */
export function limitMessage(length: number, say: Say, locale?: string, max = TEXT_MAX): string {
  const grouped = (n: number) => n.toLocaleString(locale);
  const over = length - max;
  return say("limit", {
    characters: say("characters", { count: over, n: grouped(over) }),
    max: grouped(max),
  });
}

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
