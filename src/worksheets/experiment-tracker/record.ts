import { TEXT_MAX } from "../../engine/storage/record";
import { RITUALS_MAX, type ExperimentRecord } from "./schema";
import { fill, t } from "../../engine/core/words";
// Only the shape: the words reach the form as page data (messages.ts, page-data.ts).
import type messages from "./words/messages.en.json";

export {
  experimentStatus,
  filterExperiments,
  hasOutcome,
  isDone,
  sortExperiments,
  type ExperimentFilter,
  type ExperimentStatus,
} from "./order";
import { isRealDay, limitMessage, parseRating } from "../../engine/form";

export { parseRating };

/** Free-text fields of an experiment, in form order. */
export const TEXT_FIELDS = [
  "situation",
  "belief",
  "alternative",
  "experiment",
  "when",
  "where",
  "prediction",
  "howIWillKnow",
  "outcome",
  "learned",
] as const;

/** 0–100 ratings of an experiment, in form order. */
export const RATING_FIELDS = [
  "beliefBefore",
  "alternativeBefore",
  "predictionConfidence",
  "expectedDiscomfort",
  "peakDiscomfort",
  "afterDiscomfort",
  "beliefAfter",
  "alternativeAfter",
] as const;

export type TextField = (typeof TEXT_FIELDS)[number];
export type RatingField = (typeof RATING_FIELDS)[number];
export type PredictionAnswer = "yes" | "partly" | "no";

/**
 * What the form holds while a person types. Text and ratings are the raw input
 * strings ("" when empty), so "12.5" or "abc" can be explained, not lost.
 */
export type ExperimentDraft = Record<TextField | RatingField, string> & {
  plannedDate: string;
  ritualsToDrop: string[];
  predictionCameTrue: PredictionAnswer | "";
  templateId?: string;
  previousId?: string;
  homeworkId?: string;
};

export type DraftField = TextField | RatingField | "plannedDate" | "ritualsToDrop";
/** Error messages by field; a field with no entry is fine. */
export type FieldErrors = Partial<Record<DraftField, string>>;

/** The content of a record: everything but id, timestamps, kind and status. */
export type ExperimentFields = Omit<
  ExperimentRecord,
  "id" | "createdAt" | "updatedAt" | "kind" | "status" | "completedAt"
>;

/** Show the character counter once a text is this close to the limit. */
export const COUNTER_WINDOW = 200;

/** The messages, and the locale their numbers are written in (the browser's when absent). */
export type DraftMessages = typeof messages & { locale?: string };

/** 2000 → "2,000". */
const grouped = (n: number, m: DraftMessages): string => n.toLocaleString(m.locale);
/** 1 → "1 character", 2000 → "2,000 characters". */
const characters = (n: number, m: DraftMessages): string =>
  t(m, "characters", { count: n, n: grouped(n, m) }, m.locale);

export function emptyDraft(): ExperimentDraft {
  const draft = { plannedDate: "", ritualsToDrop: [], predictionCameTrue: "" } as Partial<
    Record<keyof ExperimentDraft, unknown>
  >;
  for (const f of [...TEXT_FIELDS, ...RATING_FIELDS]) draft[f] = "";
  return draft as ExperimentDraft;
}

/**
 * Checks a draft before saving, with these words for the messages. Only the
 * belief is required; ratings must be whole numbers 0–100 when given; texts
 * over the limit get a message (never cut).
 */
export function checkDraft(draft: ExperimentDraft, m: DraftMessages): FieldErrors {
  const errors: FieldErrors = {};
  const limit = (s: string) => limitMessage(s.length, (k, v) => t(m, k, v, m.locale), m.locale);
  for (const f of TEXT_FIELDS) {
    if (draft[f].length > TEXT_MAX) errors[f] = limit(draft[f]);
  }
  if (!errors.belief && draft.belief.trim() === "") errors.belief = m.belief;
  for (const f of RATING_FIELDS) {
    if (draft[f].trim() !== "" && parseRating(draft[f]) === undefined) errors[f] = m.rating;
  }
  const day = draft.plannedDate.trim();
  if (day !== "" && !isRealDay(day)) errors.plannedDate = m.date;
  const rituals = draft.ritualsToDrop.filter((r) => r.trim() !== "");
  const long = rituals.find((r) => r.length > TEXT_MAX);
  if (long !== undefined) errors.ritualsToDrop = limit(long);
  else if (rituals.length > RITUALS_MAX) errors.ritualsToDrop = m.rituals;
  return errors;
}

export interface CounterState {
  /** True once the text is within COUNTER_WINDOW characters of the limit (or over it). */
  visible: boolean;
  length: number;
  /** Characters left; negative when over the limit. */
  remaining: number;
  over: boolean;
  /** "150 characters left", "Limit reached" or "12 characters over the limit". */
  message: string;
}

/** The character counter for a text field, with these words. */
export function countText(text: string, m: DraftMessages, max = TEXT_MAX): CounterState {
  const length = text.length;
  const remaining = max - length;
  const message =
    remaining > 0
      ? fill(m.left, { characters: characters(remaining, m) })
      : remaining === 0
        ? m.reached
        : fill(m.over, { characters: characters(-remaining, m) });
  return { visible: remaining <= COUNTER_WINDOW, length, remaining, over: remaining < 0, message };
}

/**
 * Turns a draft into record content: text trimmed, empty fields left out,
 * ratings as numbers. Call after validateExperimentDraft finds no errors;
 * a rating that does not parse is left out.
 */
export function fieldsFromDraft(draft: ExperimentDraft): ExperimentFields {
  const out: Record<string, unknown> = { belief: draft.belief.trim() };
  for (const f of TEXT_FIELDS) {
    const s = draft[f].trim();
    if (s !== "" && f !== "belief") out[f] = s;
  }
  for (const f of RATING_FIELDS) {
    const n = parseRating(draft[f]);
    if (n !== undefined) out[f] = n;
  }
  if (draft.plannedDate.trim() !== "") out.plannedDate = draft.plannedDate.trim();
  const rituals = draft.ritualsToDrop.map((r) => r.trim()).filter((r) => r !== "");
  if (rituals.length > 0) out.ritualsToDrop = rituals;
  if (draft.predictionCameTrue !== "") out.predictionCameTrue = draft.predictionCameTrue;
  for (const f of ["templateId", "previousId", "homeworkId"] as const) {
    if (draft[f]) out[f] = draft[f];
  }
  return out as ExperimentFields;
}

/** A draft holding a saved record, for editing. */
export function draftFromRecord(record: ExperimentRecord): ExperimentDraft {
  const draft = emptyDraft();
  for (const f of TEXT_FIELDS) draft[f] = record[f] ?? "";
  for (const f of RATING_FIELDS) {
    const n = record[f];
    draft[f] = n === undefined ? "" : String(n);
  }
  draft.plannedDate = record.plannedDate ?? "";
  draft.ritualsToDrop = [...(record.ritualsToDrop ?? [])];
  draft.predictionCameTrue = record.predictionCameTrue ?? "";
  for (const f of ["templateId", "previousId", "homeworkId"] as const) {
    const id = record[f];
    if (id !== undefined) draft[f] = id;
  }
  return draft;
}
