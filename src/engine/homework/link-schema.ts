import * as v from "../core/validate";
import { isoDay } from "../storage/record";

/**
 * A homework assignment, as carried in a link's #hw= fragment.
 * Link format history:
 * - v1: the first format.
 * Every field is capped so that a link stays under 2,000 characters and no
 * field can carry a surprise. All of it is shown as text only.
 */
export const HOMEWORK_VERSION = 1;
export const FROM_MAX = 80;
export const NOTE_MAX = 500;
export const PREFILL_TEXT_MAX = 500;
export const RITUALS_MAX = 10;

const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** Pre-fill for the experiment tracker: a template, or the therapist's own words. */
const experimentPrefill = v.object({
  /** A template id from src/worksheets/experiment-tracker/templates.ts. */
  template: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/))),
  /** The belief to test. */
  belief: v.optional(shortText(PREFILL_TEXT_MAX)),
  /** What the client will do. */
  experiment: v.optional(shortText(PREFILL_TEXT_MAX)),
  /** Rituals or safety behaviors to drop. */
  rituals: v.optional(v.pipe(v.array(shortText(200)), v.maxLength(RITUALS_MAX))),
});

/** Pre-fill for the goal planner. */
const goalPrefill = v.object({
  /** A suggested daily limit, 1–5 goals. */
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  /** What to focus on, e.g. "finish lines". */
  focus: v.optional(shortText(200)),
});

/** Pre-fill for the thought record: a situation to look at, and the thought in it. */
const thoughtPrefill = v.object({
  /** The situation to write about, e.g. "the team meeting on Monday". */
  situation: v.optional(shortText(PREFILL_TEXT_MAX)),
  /** An automatic thought to examine. */
  thought: v.optional(shortText(PREFILL_TEXT_MAX)),
});

/** The most ladder steps a link can carry. */
export const LADDER_STEPS_MAX = 15;

/** Pre-fill for the exposure ladder: a fear theme and steps planned in session. */
const ladderPrefill = v.object({
  /** The fear theme. */
  theme: v.optional(shortText(200)),
  /** Steps: a description (d) and expected distress, SUDS 0–100 (s). */
  steps: v.optional(
    v.pipe(
      v.array(
        v.object({
          /** What the step is. */
          d: shortText(200),
          /** Expected distress, 0–100. */
          s: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
        }),
      ),
      v.maxLength(LADDER_STEPS_MAX),
    ),
  ),
});

/** Pre-fill for the self-compassion journal: something to write about. */
const journalPrefill = v.object({
  /** A moment or theme to write about, e.g. "a time you felt you fell short". */
  prompt: v.optional(shortText(PREFILL_TEXT_MAX)),
});

/** Pre-fill for the relapse-prevention plan: points from the last sessions. */
const planPrefill = v.object({
  /** What the client learned in treatment, one point per line. */
  learned: v.optional(shortText(PREFILL_TEXT_MAX)),
  /** Early warning signs talked about in session. */
  signs: v.optional(shortText(PREFILL_TEXT_MAX)),
  /** A suggested review date, YYYY-MM-DD. */
  review: v.optional(isoDay),
});

const common = {
  /** The link format's version. */
  v: v.literal(HOMEWORK_VERSION),
  /** The assignment's id, so opening the link twice adds it once. */
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,32}$/)),
  /** The therapist's display name. */
  from: v.optional(shortText(FROM_MAX)),
  /** A note to the client. */
  note: v.optional(shortText(NOTE_MAX)),
  /** When it is due, YYYY-MM-DD. */
  due: v.optional(isoDay),
};

export const homeworkSchema = v.variant("w", [
  v.object({ ...common, /** The worksheet. */ w: v.literal("self-screen") }),
  v.object({
    ...common,
    w: v.literal("goal-planner"),
    /** Goal-planner pre-fill. */ prefill: v.optional(goalPrefill),
  }),
  v.object({
    ...common,
    w: v.literal("experiment-tracker"),
    /** Experiment-tracker pre-fill. */
    prefill: v.optional(experimentPrefill),
  }),
  v.object({
    ...common,
    w: v.literal("thought-record"),
    /** Thought-record pre-fill. */ prefill: v.optional(thoughtPrefill),
  }),
  v.object({
    ...common,
    w: v.literal("exposure-ladder"),
    /** Exposure-ladder pre-fill. */ prefill: v.optional(ladderPrefill),
  }),
  v.object({
    ...common,
    w: v.literal("self-compassion-journal"),
    /** Self-compassion-journal pre-fill. */ prefill: v.optional(journalPrefill),
  }),
  v.object({
    ...common,
    w: v.literal("relapse-prevention-plan"),
    /** Relapse-prevention-plan pre-fill. */ prefill: v.optional(planPrefill),
  }),
]);

export type Homework = v.InferOutput<typeof homeworkSchema>;
export type HomeworkWorksheet = Homework["w"];
