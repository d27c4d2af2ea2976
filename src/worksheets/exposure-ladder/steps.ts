import { TEXT_MAX } from "../../engine/storage/record";
import {
  STEP_RITUALS_MAX,
  type ExposureLadderRecord,
  type PracticeRecord,
  type StepRecord,
} from "./schema";
import { limitMessage } from "../../engine/form";
import {
  GAP_MAX,
  nextStep,
  parseSuds,
  practiceSeries,
  shortLabel,
  STEPS_MAX,
  STEPS_MIN,
  type Say,
} from "./ladder";
import { stepsOf } from "./view";
import { formatDay } from "../../engine/core/dates";

/**
 * The ladder page's logic: the list of ladders, gentle notes on big jumps and
 * on the number of steps, and checking a ladder or a step before it is saved.
 * The wording comes from words/en.json, passed in as `w`.
 */

// A ladder in the list

/** "3 steps, 1 mastered, 4 practices.", and the next step, for the list of ladders. */
export function ladderOverview(records: readonly ExposureLadderRecord[], ladderId: string, w: Say) {
  const steps = stepsOf(records, ladderId);
  const ids = new Set(steps.map((s) => s.id));
  const practices = records.filter((r) => r.kind === "practice" && ids.has(r.stepId)).length;
  const mastered = steps.filter((s) => s.mastered).length;
  return {
    next: nextStep(steps),
    text:
      steps.length === 0
        ? w("noStepsYet")
        : w("overview", {
            steps: w("steps", { count: steps.length }),
            mastered,
            practices: w("practices", { count: practices }),
          }),
  };
}

/**
 * A step's practices in a sentence, for the ladder and its printout:
 * "3 practices, May 2, 2026 to May 9, 2026. Peak distress: 70, 55, 35."
 */
export function practiceSummary(
  practices: readonly PracticeRecord[],
  w: Say,
  locale: string,
): string {
  const series = practiceSeries(practices);
  if (series.length === 0) return w("noPracticeYet");
  const first = formatDay(series[0]!.day, locale);
  const last = formatDay(series[series.length - 1]!.day, locale);
  const peaks = series.flatMap((p) => (p.peak === null ? [] : [p.peak]));
  return (
    w(first === last ? "practicedOn" : "practicedFrom", {
      practices: w("practices", { count: series.length }),
      first,
      last,
    }) + (peaks.length > 0 ? w("peaks", { peaks: peaks.join(", ") }) : "")
  );
}

// Gaps and step count

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
 * Jumps of more than GAP_MAX points between neighboring rated steps, lowest
 * first. Pass steps already sorted with sortSteps.
 */
export function ladderGaps(sortedSteps: readonly StepRecord[], w: Say): LadderGap[] {
  const gaps: LadderGap[] = [];
  const rated = sortedSteps.filter((s) => s.expectedSuds !== undefined);
  for (let i = 1; i < rated.length; i++) {
    const lower = rated[i - 1]!;
    const upper = rated[i]!;
    const size = upper.expectedSuds! - lower.expectedSuds!;
    if (size <= GAP_MAX) continue;
    gaps.push({
      lower,
      upper,
      size,
      message: w("gap", {
        size,
        lower: shortLabel(lower.description),
        lowerSuds: lower.expectedSuds!,
        upper: shortLabel(upper.description),
        upperSuds: upper.expectedSuds!,
      }),
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
export function stepCountAdvice(n: number, w: Say): StepCountAdvice | null {
  if (n >= STEPS_MIN && n <= STEPS_MAX) return null;
  const steps = w("steps", { count: n });
  if (n > STEPS_MAX) return { kind: "many", message: w("adviceMany", { steps }) };
  const range = { min: STEPS_MIN, max: STEPS_MAX };
  return {
    kind: "few",
    message: n === 0 ? w("adviceNone", range) : w("adviceFew", { steps, ...range }),
  };
}

// Drafts and checks

/** A ladder as typed in the form. */
export interface LadderDraft {
  theme: string;
  notes: string;
}
export type LadderErrors = Partial<Record<keyof LadderDraft, string>>;

/** Checks a ladder before saving: the fear theme is required, notes are optional. */
export function validateLadderDraft(draft: LadderDraft, w: Say): LadderErrors {
  const errors: LadderErrors = {};
  if (draft.theme.length > TEXT_MAX) errors.theme = limitMessage(draft.theme.length, w);
  else if (draft.theme.trim() === "") errors.theme = w("themeNeeded");
  if (draft.notes.length > TEXT_MAX) errors.notes = limitMessage(draft.notes.length, w);
  return errors;
}

/** Record content from a ladder draft that passed validateLadderDraft: trimmed, empty notes left out. */
export function ladderFieldsFromDraft(draft: LadderDraft): { theme: string; notes?: string } {
  const notes = draft.notes.trim();
  return { theme: draft.theme.trim(), notes: notes === "" ? undefined : notes };
}

/** A step as typed in the form: raw strings, so "12.5" or "abc" can be explained, not lost. */
export interface StepDraft {
  description: string;
  expectedSuds: string;
  ritualsToDrop: string[];
}

export type StepErrors = Partial<Record<keyof StepDraft, string>>;

/** Checks a step before saving: a description and an expected distress are required. */
export function validateStepDraft(draft: StepDraft, w: Say): StepErrors {
  const errors: StepErrors = {};
  const d = draft.description;
  if (d.length > TEXT_MAX) errors.description = limitMessage(d.length, w);
  else if (d.trim() === "") errors.description = w("descriptionNeeded");
  if (parseSuds(draft.expectedSuds) === undefined) errors.expectedSuds = w("sudsNeeded");
  const rituals = draft.ritualsToDrop.filter((r) => r.trim() !== "");
  const long = rituals.find((r) => r.length > TEXT_MAX);
  if (long !== undefined) errors.ritualsToDrop = limitMessage(long.length, w);
  else if (rituals.length > STEP_RITUALS_MAX)
    errors.ritualsToDrop = w("ritualsTooMany", { max: STEP_RITUALS_MAX });
  return errors;
}

export type StepFields = Pick<StepRecord, "description" | "ritualsToDrop"> & {
  expectedSuds: number;
};

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

/** A draft holding a saved step, for editing. */
export const draftFromStep = (s: StepRecord): StepDraft => ({
  description: s.description,
  expectedSuds: s.expectedSuds === undefined ? "" : String(s.expectedSuds),
  ritualsToDrop: [...(s.ritualsToDrop ?? [])],
});

/**
 * What to write when a step is saved from the form: its fields, with an answer
 * cleared in the form removed from the record (a key set to undefined is
 * dropped when stored), so an edit never keeps an old list by mistake.
 */
export const stepPatch = (draft: StepDraft): StepFields => ({
  ritualsToDrop: undefined,
  ...stepFieldsFromDraft(draft),
});
