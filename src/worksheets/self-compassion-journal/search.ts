import { foldText, searchWords } from "./journal";

/** A piece of text, and whether it is (the start of) a word the search found. */
export interface TextPart {
  text: string;
  match: boolean;
}

/** A word as written: it starts with a letter or digit and may hold accents and apostrophes. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*/gu;
const MARK = /^\p{M}$/u;

/**
 * How many UTF-16 units of `word` (as written) hold its first `n` folded
 * characters, with any accents that belong to the last of them.
 */
function writtenLength(word: string, n: number): number {
  let folded = 0;
  let length = 0;
  for (const c of word) {
    if (folded >= n && !MARK.test(c)) break;
    folded += foldText(c).length;
    length += c.length;
  }
  return length;
}

/**
 * Splits a text into the parts a search for `query` found and the rest, using
 * the same rule as searchEntries: a query word matches the start of a word,
 * ignoring case, accents and apostrophes. Only the matching start is marked,
 * so "kind" marks "Kind" in "Kindness". An empty query marks nothing.
 */
export function highlight(text: string, query: string): TextPart[] {
  const words = [...new Set(searchWords(query))];
  const parts: TextPart[] = [];
  let last = 0;
  if (words.length > 0) {
    for (const m of text.matchAll(WORD)) {
      const folded = foldText(m[0]);
      // The longest query word that starts this word, so "kind kindness" marks all of "kindness".
      const q = words.reduce<string | undefined>(
        (best, w) => (folded.startsWith(w) && w.length > (best?.length ?? 0) ? w : best),
        undefined,
      );
      if (q === undefined) continue;
      if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false });
      last = m.index + writtenLength(m[0], q.length);
      parts.push({ text: text.slice(m.index, last), match: true });
    }
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/**
 * A short piece of a text for a list: the whole text on one line if it fits
 * in `max` characters, otherwise a piece cut at spaces, with "…" where it was
 * cut. With a query, the piece holds the first match, with a little of what
 * comes before it.
 */
export function excerpt(text: string, query = "", max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const parts = highlight(flat, query);
  const i = parts.findIndex((p) => p.match);
  const at = parts.slice(0, Math.max(0, i)).reduce((n, p) => n + p.text.length, 0);
  let start = 0;
  if (i >= 0 && at + parts[i]!.text.length > max - 20) {
    // Start at a word a little before the match.
    const space = flat.lastIndexOf(" ", Math.max(0, at - 40));
    start = space < 0 ? 0 : space + 1;
  }
  let end = Math.min(flat.length, start + max);
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    if (space > start) end = space;
  }
  return `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
}
