import { TEXT_MAX } from "../../engine/storage/record";
import { isRealDay, limitMessage } from "../../engine/form";
import type { Say } from "../../engine/core/words";
import { FIELDS, type CostsEntry } from "./schema";

export type FieldId = (typeof FIELDS)[number];

/** The content of an entry: everything but id, timestamps and kind. */
export type EntryFields = Omit<CostsEntry, "id" | "createdAt" | "updatedAt" | "kind">;
/** What the form holds: the day and every field as typed (plus what a homework link brought). */
export type EntryDraft = Pick<CostsEntry, "day" | FieldId | "therapistNote" | "homeworkId">;
/** Error messages by field; "entry" is for the whole entry (nothing written). */
export type EntryErrors = Partial<Record<"day" | FieldId | "entry", string>>;

/** A new, empty entry for `today` (the person's local day, YYYY-MM-DD). */
export function emptyEntry(today: string): EntryDraft {
  const draft = { day: today } as EntryDraft;
  for (const f of FIELDS) draft[f] = "";
  return draft;
}

/**
 * Checks a draft before saving: a real day, each field within the limit
 * (never cut), and something written somewhere.
 */
export function validateEntry(draft: EntryDraft, say: Say): EntryErrors {
  const errors: EntryErrors = {};
  if (!isRealDay(draft.day.trim())) errors.day = say("dayNeeded");
  for (const f of FIELDS) {
    if (draft[f].length > TEXT_MAX) errors[f] = limitMessage(draft[f].length, say);
  }
  if (FIELDS.every((f) => draft[f].trim() === "")) errors.entry = say("emptyEntry");
  return errors;
}

/** Turns a checked draft into entry content, trimmed. */
export function entryFromDraft(draft: EntryDraft): EntryFields {
  const out = { day: draft.day.trim() } as EntryFields;
  for (const f of FIELDS) out[f] = draft[f].trim();
  if (draft.therapistNote) out.therapistNote = draft.therapistNote;
  if (draft.homeworkId) out.homeworkId = draft.homeworkId;
  return out;
}

/** The form's draft for a saved entry, so it can be edited. */
export function draftFromEntry(entry: CostsEntry): EntryDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, kind: _k, ...draft } = entry;
  return draft;
}

/** Whether a draft still says what it said when the form opened (nothing to lose). */
export const sameDraft = (a: EntryDraft, b: EntryDraft): boolean =>
  a.day === b.day && FIELDS.every((f) => a[f] === b[f]);

/** Entries newest first: by day, then by when they were made. Returns a new array. */
export const sortNewest = (entries: readonly CostsEntry[]): CostsEntry[] =>
  [...entries].sort((a, b) =>
    a.day !== b.day
      ? b.day.localeCompare(a.day)
      : b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );

/** An entry's name in lists: its topic, else its decision, else the first box written; "" when none. */
export const entryName = (e: Pick<CostsEntry, FieldId>): string =>
  FIELDS.map((f) => e[f].trim()).find((s) => s !== "") ?? "";

/** An entry added from a homework link that the person has not changed yet. */
export const isUnwrittenHomework = (e: CostsEntry): boolean =>
  !!e.homeworkId && e.createdAt === e.updatedAt;
