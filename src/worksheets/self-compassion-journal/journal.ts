import { toUtc } from "../../engine/core/dates";
import { TEXT_MAX } from "../../engine/storage/record";
import type { JournalEntry } from "./schema";
import { ENTRY_FIELDS } from "./first-answer";
import { isRealDay, limitMessage } from "../../engine/form";
import type { Say } from "../../engine/core/words";
import type { PromptId } from "./labels";
import { words, type Words } from "../../engine/core/words";

export { firstAnswer } from "./first-answer";
export type { PromptId } from "./labels";

export { limitMessage };

export interface Prompt {
  /** The entry field the answer is stored in. */
  id: PromptId;
  label: string;
  /** A short, warm hint shown under the label. */
  hint: string;
}

/**
 * The four guided prompts, in form order, with their words (the `<id>` and
 * `<id>Hint` entries of words/en.json). The hints lean on the three parts of
 * self-compassion (neff2003): noticing without judging (mindfulness),
 * remembering that everyone struggles (common humanity), and speaking to
 * yourself kindly (self-kindness).
 */
export const promptsFrom = (dict: Words): Prompt[] =>
  ENTRY_FIELDS.map((id) => ({ id, label: words(dict)(id), hint: words(dict)(`${id}Hint`) }));

/** What the form holds: the day and the four answers as typed. */
export type EntryDraft = Pick<JournalEntry, "day" | PromptId> & { homeworkId?: string };
/** The content of an entry: everything but id, timestamps and kind. */
export type EntryFields = Omit<JournalEntry, "id" | "createdAt" | "updatedAt" | "kind">;
/** Error messages by field; "entry" is for the whole entry (all four prompts empty). */
export type EntryErrors = Partial<Record<"day" | PromptId | "entry", string>>;

/** A new, empty entry for `today` (the person's local day, YYYY-MM-DD). */
export const emptyEntry = (today: string): EntryDraft => ({
  day: today,
  whatHappened: "",
  whatISaid: "",
  whatIdSayToAFriend: "",
  strength: "",
});

/**
 * Checks a draft before saving: a real day, each answer within the limit
 * (never cut), and something written for at least one prompt.
 */
export function validateEntry(draft: EntryDraft, w: Say): EntryErrors {
  const errors: EntryErrors = {};
  if (!isRealDay(draft.day.trim())) errors.day = w("dayNeeded");
  for (const f of ENTRY_FIELDS) {
    if (draft[f].length > TEXT_MAX) errors[f] = limitMessage(draft[f].length, w);
  }
  if (ENTRY_FIELDS.every((f) => draft[f].trim() === "")) errors.entry = w("emptyEntry");
  return errors;
}

/** Turns a checked draft into entry content, with the day and answers trimmed. */
export function entryFromDraft(draft: EntryDraft): EntryFields {
  const out: EntryFields = {
    day: draft.day.trim(),
    whatHappened: draft.whatHappened.trim(),
    whatISaid: draft.whatISaid.trim(),
    whatIdSayToAFriend: draft.whatIdSayToAFriend.trim(),
    strength: draft.strength.trim(),
  };
  if (draft.homeworkId) out.homeworkId = draft.homeworkId;
  return out;
}

/** The form's draft for an existing entry, so it can be edited. */
export function draftFromEntry(entry: JournalEntry): EntryDraft {
  const draft = emptyEntry(entry.day);
  for (const f of ENTRY_FIELDS) draft[f] = entry[f];
  if (entry.homeworkId) draft.homeworkId = entry.homeworkId;
  return draft;
}

/** Whether a draft still says what it said when the form opened (nothing to lose). */
export const sameDraft = (a: EntryDraft, b: EntryDraft): boolean =>
  a.day === b.day && ENTRY_FIELDS.every((f) => a[f] === b[f]);

/**
 * An entry added from a therapist's homework link that the person has not
 * changed yet: it is waiting for them to write in it.
 */
export const isUnwrittenHomework = (entry: JournalEntry): boolean =>
  !!entry.homeworkId && entry.createdAt === entry.updatedAt;

/** Newest day first; on the same day, the most recently made first. */
function compareNewest(a: JournalEntry, b: JournalEntry): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Entries sorted newest first (by day, then when made). Returns a new array. */
export const sortNewest = (entries: readonly JournalEntry[]): JournalEntry[] =>
  [...entries].sort(compareNewest);

/** Lower case, accents and apostrophes removed: "Café" → "cafe", "I'd" → "id". */
export const foldText = (s: string): string =>
  s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’]/g, "");

/** The words of a text or query, folded; anything that is not a letter or digit splits words. */
export const searchWords = (s: string): string[] =>
  foldText(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");

export interface SearchHit {
  entry: JournalEntry;
  /** The prompts where at least one query word was found, in form order. */
  fields: PromptId[];
}

/**
 * Local word search. Every word of the query must be found (AND), each in
 * any of the four answers. A query word matches a word that starts with it,
 * ignoring case and accents, so "kind" finds "Kindness" and "cafe" finds
 * "café". Matches come newest first. An empty query returns every entry,
 * with no fields marked.
 */
export function searchEntries(entries: readonly JournalEntry[], query: string): SearchHit[] {
  const words = [...new Set(searchWords(query))];
  // No query: skip reading every answer, which years of entries make slow.
  if (words.length === 0) return sortNewest(entries).map((entry) => ({ entry, fields: [] }));
  const hits: SearchHit[] = [];
  for (const entry of sortNewest(entries)) {
    const fieldWords = ENTRY_FIELDS.map((f) => searchWords(entry[f]));
    const found = (q: string, i: number): boolean => fieldWords[i]!.some((w) => w.startsWith(q));
    if (!words.every((q) => ENTRY_FIELDS.some((_, i) => found(q, i)))) continue;
    hits.push({ entry, fields: ENTRY_FIELDS.filter((_, i) => words.some((q) => found(q, i))) });
  }
  return hits;
}

export interface MonthGroup {
  /** "YYYY-MM". */
  month: string;
  /** For people, e.g. "May 2024". */
  label: string;
  /** Newest first. */
  entries: JournalEntry[];
}

/** A "YYYY-MM" month written for people: "December 2026" (only the journal's headings need it). */
export const formatMonth = (month: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    toUtc(`${month}-01`),
  );

/** Entries grouped by the month of their day, newest month first. */
export function groupByMonth(entries: readonly JournalEntry[], locale: string): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const entry of sortNewest(entries)) {
    const month = entry.day.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last?.month === month) last.entries.push(entry);
    else {
      const label = formatMonth(month, locale);
      groups.push({ month, label, entries: [entry] });
    }
  }
  return groups;
}
