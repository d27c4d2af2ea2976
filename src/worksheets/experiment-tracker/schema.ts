import * as v from "../../engine/core/validate";
import { addUpdatedAt } from "../../engine/storage/migrations";
import {
  isoDay,
  isoTime,
  rating,
  recordBase,
  storedValueSchema,
  text,
} from "../../engine/storage/record";

/**
 * Stored shape of the behavioral-experiment tracker (goodenough:experiment-tracker).
 *
 * Each record is one experiment: the "before" part (belief, plan, prediction)
 * and the "after" part (what happened, re-ratings). Only the belief is
 * required; every other field may be skipped.
 *
 * History:
 * - Version 1 (early development builds) kept only `createdAt` on records;
 *   version 2 adds `updatedAt` (copied from `createdAt`) so two tabs can merge by id.
 */
export const VERSION = 2;

/** The most rituals or safety behaviors one experiment can list. */
export const RITUALS_MAX = 30;

/** A 0–100 rating: belief strength, confidence or discomfort (SUDS). */
const percent = v.optional(rating(0, 100));

/** An optional id linking to another record or a template. */
const link = v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100)));

const experimentRecord = v.object({
  ...recordBase,
  /** Marks this record as an experiment. */
  kind: v.literal("experiment"),

  // Status
  /** "done" once the person says they have run it; absent or "planned" before that. */
  status: v.optional(v.picklist(["planned", "done"])),
  /** When the experiment was marked done. */
  completedAt: v.optional(isoTime),

  // Before
  /** The situation the experiment takes place in. */
  situation: v.optional(text),
  /** The belief or rule being tested. The one required field. */
  belief: v.pipe(
    text,
    v.check((s) => s.trim().length > 0, "beliefRequired"),
  ),
  /** How strongly the belief is held before the experiment, 0–100%. */
  beliefBefore: percent,
  /** A different, kinder way of seeing things. */
  alternative: v.optional(text),
  /** How strongly the alternative is held before the experiment, 0–100%. */
  alternativeBefore: percent,
  /** What I will do. */
  experiment: v.optional(text),
  /** When I will do it, in the person's own words ("Tuesday after lunch"). */
  when: v.optional(text),
  /** Where I will do it. */
  where: v.optional(text),
  /** The day the experiment is planned for. */
  plannedDate: v.optional(isoDay),
  /** Rituals or safety behaviors to drop (re-checking, over-preparing, apologizing first). */
  ritualsToDrop: v.optional(v.pipe(v.array(text), v.maxLength(RITUALS_MAX))),
  /** Exactly what I expect to happen. */
  prediction: v.optional(text),
  /** How sure I am of the prediction, 0–100%. */
  predictionConfidence: percent,
  /** The evidence that will show whether the prediction came true. */
  howIWillKnow: v.optional(text),
  /** Discomfort I expect, 0–100 (SUDS). */
  expectedDiscomfort: percent,

  // After
  /** What actually happened. */
  outcome: v.optional(text),
  /** Discomfort at its peak, 0–100. */
  peakDiscomfort: percent,
  /** Discomfort afterwards, 0–100. */
  afterDiscomfort: percent,
  /** Whether the prediction came true. */
  predictionCameTrue: v.optional(v.picklist(["yes", "partly", "no"])),
  /** What I learned. */
  learned: v.optional(text),
  /** The belief re-rated after the experiment, 0–100%. */
  beliefAfter: percent,
  /** The alternative re-rated after the experiment, 0–100%. */
  alternativeAfter: percent,

  // Links
  /** The template this experiment started from. */
  templateId: link,
  /** The experiment this one follows on from ("next experiment"). */
  previousId: link,
  /** A homework assignment this experiment belongs to. */
  homeworkId: link,
});

export const recordSchema = v.variant("kind", [experimentRecord]);
export type ExperimentRecord = v.InferOutput<typeof recordSchema>;
export const valueSchema = storedValueSchema(VERSION, recordSchema);

/** Version 1 → 2: adds `updatedAt`, copied from `createdAt`. Pure. */
export const migrateV1toV2 = (value: Record<string, unknown>): Record<string, unknown> =>
  addUpdatedAt(value);

/** migrations[n] turns a version-n value into version n + 1. */
export const migrations = { 1: addUpdatedAt };
