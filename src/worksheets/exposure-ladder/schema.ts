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
 * Stored shape of the exposure ladder (key goodenough:exposure-ladder).
 *
 * A ladder, its steps and each step's practices are separate records that
 * point at each other by id (step → ladderId, practice → stepId), not nested
 * arrays, so two tabs or an import can change different steps and practices
 * and still merge item by item.
 *
 * History:
 * - Version 1 (early development builds) kept only `createdAt` on records;
 *   version 2 adds `updatedAt` (copied from `createdAt`) so two tabs can merge by id.
 * - Within version 2, before the worksheet was published, a step's `expectedSuds`
 *   became optional (a homework link may leave it to the client). Every value
 *   valid before is still valid, so no migration is needed.
 */
export const VERSION = 2;

/** The most rituals or safety behaviors one step can list. */
export const STEP_RITUALS_MAX = 20;

/** Text that must say something besides spaces, still capped at 2,000. */
const filledText = v.pipe(
  text,
  v.check((s) => s.trim().length > 0, "empty"),
);

/** A distress rating (SUDS), 0 = calm to 100 = the most distress imaginable. */
const suds = rating(0, 100);

const ladderRecord = v.object({
  ...recordBase,
  /** Marks this record as a ladder: one fear theme and its steps. */
  kind: v.literal("ladder"),
  /** The fear theme, e.g. "being seen to make a mistake". Required. */
  theme: filledText,
  /** Anything else the person wants to note about this ladder. */
  notes: v.optional(text),
  /** A homework assignment this ladder belongs to. */
  homeworkId: v.optional(recordBase.id),
});

const stepRecord = v.object({
  ...recordBase,
  /** Marks this record as one step on a ladder. */
  kind: v.literal("step"),
  /** Id of the ladder this step belongs to. */
  ladderId: recordBase.id,
  /** What the step is, in the person's words. Required. */
  description: filledText,
  /**
   * Distress the person expects at this step, 0–100 (SUDS); the ladder sorts by it.
   * The form always asks for it. It is missing only on a step a homework link
   * added without a rating; the worksheet then asks the person to rate it.
   */
  expectedSuds: v.optional(suds),
  /** Rituals or safety behaviors to drop during this step (re-checking, asking for reassurance). */
  ritualsToDrop: v.optional(v.pipe(v.array(text), v.maxLength(STEP_RITUALS_MAX))),
  /** True once the person feels this step has become manageable. */
  mastered: v.boolean(),
  /** When the step was marked mastered. */
  masteredAt: v.optional(isoTime),
});

const practiceRecord = v.object({
  ...recordBase,
  /** Marks this record as one practice of a step. */
  kind: v.literal("practice"),
  /** Id of the step that was practiced. */
  stepId: recordBase.id,
  /** The local calendar day of the practice, YYYY-MM-DD. */
  day: isoDay,
  /** Distress just before starting, 0–100. */
  before: v.optional(suds),
  /** Distress at its highest during the practice, 0–100. */
  peak: v.optional(suds),
  /** Distress once it was over, 0–100. */
  after: v.optional(suds),
  /** What the person noticed. */
  notes: v.optional(text),
});

/** Any exposure-ladder record. */
export const recordSchema = v.variant("kind", [ladderRecord, stepRecord, practiceRecord]);

export type ExposureLadderRecord = v.InferOutput<typeof recordSchema>;
export type LadderRecord = v.InferOutput<typeof ladderRecord>;
export type StepRecord = v.InferOutput<typeof stepRecord>;
export type PracticeRecord = v.InferOutput<typeof practiceRecord>;

/** The whole stored value: `{ version: 2, records }`. */
export const valueSchema = storedValueSchema(VERSION, recordSchema);

/** Version 1 → 2: copies `createdAt` into `updatedAt` on every record. Pure. */
export const migrateV1toV2 = (value: Record<string, unknown>): Record<string, unknown> =>
  addUpdatedAt(value);

/** migrations[n] turns a version-n value into version n + 1. */
export const migrations = { 1: addUpdatedAt };
