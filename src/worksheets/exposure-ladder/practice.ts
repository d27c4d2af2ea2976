import { TEXT_MAX } from "../../engine/storage/record";
import type { PracticeRecord, StepRecord } from "./schema";
import { isRealDay, limitMessage } from "../../engine/form";
import { parseSuds, practiceSeries, type Say } from "./ladder";

/**
 * A step's page: checking a practice before it is saved, and how the step's
 * distress changed across its practices. The wording comes from words/en.json,
 * passed in as `w`.
 */

/** A practice as typed in the form. Ratings are raw strings, "" when empty. */
export interface PracticeDraft {
  day: string;
  before: string;
  peak: string;
  after: string;
  notes: string;
}

export type PracticeErrors = Partial<Record<keyof PracticeDraft, string>>;

const RATINGS = ["before", "peak", "after"] as const;

/** Checks a practice before saving: a real day is required; ratings are optional. */
export function validatePracticeDraft(draft: PracticeDraft, w: Say): PracticeErrors {
  const errors: PracticeErrors = {};
  if (!isRealDay(draft.day.trim())) errors.day = w("dayNeeded");
  for (const f of RATINGS) {
    if (draft[f].trim() !== "" && parseSuds(draft[f]) === undefined) errors[f] = w("ratingNeeded");
  }
  if (draft.notes.length > TEXT_MAX) errors.notes = limitMessage(draft.notes.length, w);
  return errors;
}

export type PracticeFields = Pick<PracticeRecord, "day" | "before" | "peak" | "after" | "notes">;

/** Record content from a practice draft that passed validatePracticeDraft. */
export function practiceFieldsFromDraft(draft: PracticeDraft): PracticeFields {
  const out: PracticeFields = { day: draft.day.trim() };
  for (const f of RATINGS) {
    const n = parseSuds(draft[f]);
    if (n !== undefined) out[f] = n;
  }
  const notes = draft.notes.trim();
  if (notes !== "") out.notes = notes;
  return out;
}

/** A draft holding a saved practice, for editing. */
export const draftFromPractice = (p: PracticeRecord): PracticeDraft => ({
  day: p.day,
  before: p.before === undefined ? "" : String(p.before),
  peak: p.peak === undefined ? "" : String(p.peak),
  after: p.after === undefined ? "" : String(p.after),
  notes: p.notes ?? "",
});

export interface StepProgress {
  /** How many practices this step has. */
  count: number;
  /** Peak distress in the earliest practice that has one, or null. */
  firstPeak: number | null;
  /** Peak distress in the latest practice that has one, or null. */
  lastPeak: number | null;
  /**
   * firstPeak − lastPeak, positive when distress fell; null until at least
   * two practices have a peak rating.
   */
  drop: number | null;
}

/** How a step's peak distress changed. Practices of other steps are ignored. */
export function stepProgress(step: StepRecord, practices: readonly PracticeRecord[]): StepProgress {
  const series = practiceSeries(practices.filter((p) => p.stepId === step.id));
  const peaks = series.flatMap((p) => (p.peak === null ? [] : [p.peak]));
  const firstPeak = peaks[0] ?? null;
  const lastPeak = peaks[peaks.length - 1] ?? null;
  return {
    count: series.length,
    firstPeak,
    lastPeak,
    drop: peaks.length >= 2 ? firstPeak! - lastPeak! : null,
  };
}

/** A plain, non-judging sentence about a step's progress. */
export function progressMessage(p: StepProgress, w: Say): string {
  if (p.count === 0) return w("progressNone");
  const practices = w("practices", { count: p.count });
  if (p.drop === null) return w("onePeak", { practices });
  const first = p.firstPeak!;
  if (p.drop === 0) return w("peakSame", { practices, first });
  return w(p.drop > 0 ? "peakFell" : "peakRose", { practices, first, last: p.lastPeak! });
}

/** What to write when a practice is saved from the form; cleared ratings and notes are removed. */
export const practicePatch = (draft: PracticeDraft): PracticeFields => ({
  before: undefined,
  peak: undefined,
  after: undefined,
  notes: undefined,
  ...practiceFieldsFromDraft(draft),
});
