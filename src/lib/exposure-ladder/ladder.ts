import { TEXT_MAX } from "../../schemas/stored/record";
import {
  STEP_RITUALS_MAX,
  type PracticeRecord,
  type StepRecord,
} from "../../schemas/stored/exposure-ladder";
import { isRealDay, limitMessage, parseRating } from "../form";

export { isRealDay, limitMessage };

/**
 * Pure logic for the exposure ladder: ordering steps, spotting big jumps,
 * checking what the person typed, and summing up practices. Exposure works by
 * meeting a fear and taking in information that corrects it (foa1986); the
 * practice log is where that information is written down.
 */

/** Neighbouring steps further apart than this many points are flagged. */
export const GAP_MAX = 20;
/** The suggested number of steps on a ladder. */
export const STEPS_MIN = 8;
export const STEPS_MAX = 15;

/** Said once on the page, in plain words. */
export const WITH_A_THERAPIST =
  "Exposure means facing something you fear one small step at a time, without the usual " +
  "checking, fixing or asking for reassurance, so your mind can learn something new: often " +
  "that what you feared does not happen, or that you can cope when it does. When perfectionism " +
  "is tied to OCD, this is best planned and done with a therapist who knows exposure and " +
  "response prevention. They can help you choose where to start, set the pace and handle strong " +
  "feelings. Go at a pace that feels hard but doable. If the distress ever feels like too much " +
  "to manage, stop, take care of yourself and reach out to your therapist, a doctor or a crisis " +
  "line.";

// Ordering

function byCreated(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Steps from lowest to highest expected distress; ties keep the order they were made. New array. */
export function sortSteps(steps: readonly StepRecord[]): StepRecord[] {
  return [...steps].sort((a, b) => a.expectedSuds - b.expectedSuds || byCreated(a, b));
}

/** The lowest step not yet mastered, or null when every step is mastered (or there are none). */
export function nextStep(sortedSteps: readonly StepRecord[]): StepRecord | null {
  return sortedSteps.find((s) => !s.mastered) ?? null;
}

// Gaps and step count

const LABEL_MAX = 40;

/** The start of a text, cut at a word where possible, for use inside a message. */
export function shortLabel(s: string): string {
  const t = s.trim().replace(/\s+/g, " ");
  if (t.length <= LABEL_MAX) return t;
  const cut = t.slice(0, LABEL_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > LABEL_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

export interface LadderGap {
  /** The lower of the two neighboring steps. */
  lower: StepRecord;
  /** The step just above it. */
  upper: StepRecord;
  /** upper.expectedSuds − lower.expectedSuds; always more than GAP_MAX. */
  size: number;
  /** A gentle note to show beside the gap. */
  message: string;
}

/**
 * Jumps of more than GAP_MAX points between neighboring steps, lowest first.
 * Pass steps already sorted with sortSteps.
 */
export function ladderGaps(sortedSteps: readonly StepRecord[]): LadderGap[] {
  const gaps: LadderGap[] = [];
  for (let i = 1; i < sortedSteps.length; i++) {
    const lower = sortedSteps[i - 1]!;
    const upper = sortedSteps[i]!;
    const size = upper.expectedSuds - lower.expectedSuds;
    if (size <= GAP_MAX) continue;
    gaps.push({
      lower,
      upper,
      size,
      message:
        `There is a jump of ${size} points between “${shortLabel(lower.description)}” ` +
        `(${lower.expectedSuds}) and “${shortLabel(upper.description)}” (${upper.expectedSuds}). ` +
        "If that feels like a big climb, you could add a step in between.",
    });
  }
  return gaps;
}

export interface StepCountAdvice {
  /** "few": fewer than STEPS_MIN steps; "many": more than STEPS_MAX. */
  kind: "few" | "many";
  message: string;
}

/** A kind suggestion about the number of steps, or null when there are 8 to 15. */
export function stepCountAdvice(n: number): StepCountAdvice | null {
  if (n >= STEPS_MIN && n <= STEPS_MAX) return null;
  if (n > STEPS_MAX) {
    return {
      kind: "many",
      message:
        `You have ${n} steps, and that is fine. If the list starts to feel long, ` +
        "you could group steps that are alike.",
    };
  }
  return {
    kind: "few",
    message:
      n === 0
        ? "Start with one step that feels only a little uncomfortable. Most ladders grow to about " +
          `${STEPS_MIN} to ${STEPS_MAX} steps, added bit by bit.`
        : `You have ${n} step${n === 1 ? "" : "s"} so far. Ladders often work well with ` +
          `${STEPS_MIN} to ${STEPS_MAX}, so you could add a few in-between steps to make each ` +
          "climb smaller. There is no rush.",
  };
}

// Drafts and checks

/** A step as typed in the form: raw strings, so "12.5" or "abc" can be explained, not lost. */
export interface StepDraft {
  description: string;
  expectedSuds: string;
  ritualsToDrop: string[];
}

/** A practice as typed in the form. Ratings are raw strings, "" when empty. */
export interface PracticeDraft {
  day: string;
  before: string;
  peak: string;
  after: string;
  notes: string;
}

/** Error messages by field; a field with no entry is fine. */
export type StepErrors = Partial<Record<keyof StepDraft, string>>;
export type PracticeErrors = Partial<Record<keyof PracticeDraft, string>>;

export const DESCRIPTION_MESSAGE =
  "Describe the step in a few words, so you know what to practice.";
export const SUDS_MESSAGE =
  "Add the distress you expect, as a whole number from 0 to 100. A rough guess is fine.";
export const RATING_MESSAGE = "Use a whole number from 0 to 100, or leave it empty.";
export const DAY_MESSAGE = "Pick the day you practiced from the calendar.";
export const RITUALS_COUNT_MESSAGE = `You can list up to ${STEP_RITUALS_MAX} things to drop for one step. Try combining a few.`;

/** Distress (SUDS) is a 0–100 rating like any other. */
export const parseSuds = parseRating;

/** Checks a step before saving: a description and an expected distress are required. */
export function validateStepDraft(draft: StepDraft): StepErrors {
  const errors: StepErrors = {};
  const d = draft.description;
  if (d.length > TEXT_MAX) errors.description = limitMessage(d.length);
  else if (d.trim() === "") errors.description = DESCRIPTION_MESSAGE;
  if (parseSuds(draft.expectedSuds) === undefined) errors.expectedSuds = SUDS_MESSAGE;
  const rituals = draft.ritualsToDrop.filter((r) => r.trim() !== "");
  const long = rituals.find((r) => r.length > TEXT_MAX);
  if (long !== undefined) errors.ritualsToDrop = limitMessage(long.length);
  else if (rituals.length > STEP_RITUALS_MAX) errors.ritualsToDrop = RITUALS_COUNT_MESSAGE;
  return errors;
}

const RATINGS = ["before", "peak", "after"] as const;

/** Checks a practice before saving: a real day is required; ratings are optional. */
export function validatePracticeDraft(draft: PracticeDraft): PracticeErrors {
  const errors: PracticeErrors = {};
  if (!isRealDay(draft.day.trim())) errors.day = DAY_MESSAGE;
  for (const f of RATINGS) {
    if (draft[f].trim() !== "" && parseSuds(draft[f]) === undefined) errors[f] = RATING_MESSAGE;
  }
  if (draft.notes.length > TEXT_MAX) errors.notes = limitMessage(draft.notes.length);
  return errors;
}

export type StepFields = Pick<StepRecord, "description" | "expectedSuds" | "ritualsToDrop">;
export type PracticeFields = Pick<PracticeRecord, "day" | "before" | "peak" | "after" | "notes">;

/** Record content from a step draft that passed validateStepDraft: trimmed, blanks dropped. */
export function stepFieldsFromDraft(draft: StepDraft): StepFields {
  const out: StepFields = {
    description: draft.description.trim(),
    expectedSuds: parseSuds(draft.expectedSuds) ?? 0,
  };
  const rituals = draft.ritualsToDrop.map((r) => r.trim()).filter((r) => r !== "");
  if (rituals.length > 0) out.ritualsToDrop = rituals;
  return out;
}

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

/** A draft holding a saved step, for editing. */
export const draftFromStep = (s: StepRecord): StepDraft => ({
  description: s.description,
  expectedSuds: String(s.expectedSuds),
  ritualsToDrop: [...(s.ritualsToDrop ?? [])],
});

/** A draft holding a saved practice, for editing. */
export const draftFromPractice = (p: PracticeRecord): PracticeDraft => ({
  day: p.day,
  before: p.before === undefined ? "" : String(p.before),
  peak: p.peak === undefined ? "" : String(p.peak),
  after: p.after === undefined ? "" : String(p.after),
  notes: p.notes ?? "",
});

// Practices

/** One practice, for the chart and its table. A rating left empty is null. */
export interface PracticePoint {
  id: string;
  /** 1 for the first practice, 2 for the next… */
  n: number;
  day: string;
  before: number | null;
  peak: number | null;
  after: number | null;
}

const byDay = (a: PracticeRecord, b: PracticeRecord) =>
  a.day < b.day ? -1 : a.day > b.day ? 1 : byCreated(a, b);

/** One step's practices, oldest first (by day, then when they were logged). */
export function practiceSeries(practices: readonly PracticeRecord[]): PracticePoint[] {
  return [...practices].sort(byDay).map((p, i) => ({
    id: p.id,
    n: i + 1,
    day: p.day,
    before: p.before ?? null,
    peak: p.peak ?? null,
    after: p.after ?? null,
  }));
}

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
export function progressMessage(p: StepProgress): string {
  if (p.count === 0) return "When you log a practice of this step, your progress will show here.";
  const times = `${p.count} practice${p.count === 1 ? "" : "s"}`;
  if (p.drop === null) {
    return `You have logged ${times}. Rate your peak distress in at least two to see how it changes.`;
  }
  if (p.drop > 0) {
    return (
      `Across ${times}, your peak distress went from ${p.firstPeak} to ${p.lastPeak}. ` +
      "Each practice gave your mind a chance to learn something new."
    );
  }
  const change =
    p.drop === 0 ? `stayed at ${p.firstPeak}` : `went from ${p.firstPeak} to ${p.lastPeak}`;
  return (
    `Across ${times}, your peak distress ${change}. Distress often goes up and down before it ` +
    "settles, and every practice still counts. If a step feels stuck, a therapist can help you adjust it."
  );
}
