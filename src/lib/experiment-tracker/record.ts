import { TEXT_MAX } from "../../schemas/stored/record";
import { RITUALS_MAX, type ExperimentRecord } from "../../schemas/stored/experiment-tracker";

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

export type ExperimentStatus = "planned" | "ready" | "done";

export const STATUS_LABELS: Record<ExperimentStatus, string> = {
  planned: "Planned",
  ready: "Ready to record what happened",
  done: "Done",
};

/** Show the character counter once a text is this close to the limit. */
export const COUNTER_WINDOW = 200;

export const BELIEF_MESSAGE =
  "Write down the belief you want to test. It is the only part you need to fill in.";
export const RATING_MESSAGE = "Use a whole number from 0 to 100, or leave it empty.";
export const DATE_MESSAGE = "Pick a date from the calendar, or leave it empty.";
export const RITUALS_COUNT_MESSAGE = `You can list up to ${RITUALS_MAX} things to drop. Try combining a few.`;

/** 2000 → "2,000". */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
const plural = (n: number, word: string): string => `${grouped(n)} ${word}${n === 1 ? "" : "s"}`;

/** The message shown next to a text that is over the limit. Nothing is ever cut. */
export const limitMessage = (length: number, max = TEXT_MAX): string =>
  `Limit reached: this is ${plural(length - max, "character")} over the ${grouped(max)} limit. ` +
  "Shorten it a little to save. Nothing has been cut.";

export function emptyDraft(): ExperimentDraft {
  return {
    situation: "",
    belief: "",
    beliefBefore: "",
    alternative: "",
    alternativeBefore: "",
    experiment: "",
    when: "",
    where: "",
    plannedDate: "",
    ritualsToDrop: [],
    prediction: "",
    predictionConfidence: "",
    howIWillKnow: "",
    expectedDiscomfort: "",
    outcome: "",
    peakDiscomfort: "",
    afterDiscomfort: "",
    predictionCameTrue: "",
    learned: "",
    beliefAfter: "",
    alternativeAfter: "",
  };
}

/** A 0–100 rating typed as text, or undefined when it is empty or not a whole number in range. */
export function parseRating(raw: string): number | undefined {
  const s = raw.trim();
  if (!/^\d{1,3}$/.test(s)) return undefined;
  const n = Number(s);
  return n <= 100 ? n : undefined;
}

function isRealDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Checks a draft before saving. Only the belief is required; ratings must be
 * whole numbers 0–100 when given; texts over the limit get a message (never cut).
 */
export function validateExperimentDraft(draft: ExperimentDraft): FieldErrors {
  const errors: FieldErrors = {};
  for (const f of TEXT_FIELDS) {
    if (draft[f].length > TEXT_MAX) errors[f] = limitMessage(draft[f].length);
  }
  if (!errors.belief && draft.belief.trim() === "") errors.belief = BELIEF_MESSAGE;
  for (const f of RATING_FIELDS) {
    if (draft[f].trim() !== "" && parseRating(draft[f]) === undefined) errors[f] = RATING_MESSAGE;
  }
  const day = draft.plannedDate.trim();
  if (day !== "" && !isRealDay(day)) errors.plannedDate = DATE_MESSAGE;
  const rituals = draft.ritualsToDrop.filter((r) => r.trim() !== "");
  const long = rituals.find((r) => r.length > TEXT_MAX);
  if (long !== undefined) errors.ritualsToDrop = limitMessage(long.length);
  else if (rituals.length > RITUALS_MAX) errors.ritualsToDrop = RITUALS_COUNT_MESSAGE;
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

/** The character counter for a text field. */
export function counterState(text: string, max = TEXT_MAX): CounterState {
  const length = text.length;
  const remaining = max - length;
  const message =
    remaining > 0
      ? `${plural(remaining, "character")} left`
      : remaining === 0
        ? "Limit reached"
        : `${plural(-remaining, "character")} over the limit`;
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

/** True when any part of "after" has been filled in. */
export function hasOutcome(record: ExperimentRecord): boolean {
  return (
    [record.outcome, record.learned].some((s) => s !== undefined && s.trim() !== "") ||
    record.predictionCameTrue !== undefined ||
    [
      record.peakDiscomfort,
      record.afterDiscomfort,
      record.beliefAfter,
      record.alternativeAfter,
    ].some((n) => n !== undefined)
  );
}

/** Done when marked done or when anything about what happened has been recorded. */
export const isDone = (record: ExperimentRecord): boolean =>
  record.status === "done" || hasOutcome(record);

/**
 * "done" once run; "ready" when the planned day is before `today` (YYYY-MM-DD,
 * the person's local day) and nothing has been recorded yet; otherwise "planned".
 * An experiment planned for today is still "planned" until tomorrow.
 */
export function experimentStatus(record: ExperimentRecord, today: string): ExperimentStatus {
  if (isDone(record)) return "done";
  return record.plannedDate !== undefined && record.plannedDate < today ? "ready" : "planned";
}

export type ExperimentFilter = "all" | "planned" | "done";

/** "planned" keeps every experiment not yet done, including those ready to record. */
export function filterExperiments(
  records: readonly ExperimentRecord[],
  filter: ExperimentFilter,
  today: string,
): ExperimentRecord[] {
  if (filter === "all") return [...records];
  return records.filter((r) => (experimentStatus(r, today) === "done") === (filter === "done"));
}

/** The day a record sorts by: its planned date, or else the day it was made. */
export const sortDay = (r: ExperimentRecord): string => r.plannedDate ?? r.createdAt.slice(0, 10);

function compareOldest(a: ExperimentRecord, b: ExperimentRecord): number {
  const [x, y] = [sortDay(a), sortDay(b)];
  if (x !== y) return x < y ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Sorts by planned date (falling back to createdAt), then createdAt, then id. Returns a new array. */
export function sortExperiments(
  records: readonly ExperimentRecord[],
  order: "newest" | "oldest",
): ExperimentRecord[] {
  const sign = order === "oldest" ? 1 : -1;
  return [...records].sort((a, b) => sign * compareOldest(a, b));
}
