import * as v from "../../engine/core/validate";
import { maxEntries, nullable, record } from "../../engine/validate-more";
import { addUpdatedAt } from "../../engine/storage/migrations";
import { isoTime, rating, recordBase, storedValueSchema } from "../../engine/storage/record";

/**
 * Stored shape of the self-screen (key goodenough:self-screen).
 *
 * History:
 * - Version 1 (early development builds) kept only `createdAt` on records;
 *   version 2 adds `updatedAt` (copied from `createdAt`) so two tabs can merge by id.
 */
/** The top of the 0–4 answer scale. */
export const SCALE_MAX = 4;

export const VERSION = 2;

/** Fixed id of the one in-progress record. */
export const PROGRESS_ID = "progress";
/** At most this many answers in one record; the screen has far fewer items. */
export const ANSWERS_MAX = 200;

/** An item, domain or instrument id. */
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** Item id → answer 0–4. A skipped item is absent. (v.record refuses arrays.) */
const answers = v.pipe(record(id, rating(0, SCALE_MAX)), maxEntries(ANSWERS_MAX));

/** A score on the 0–4 mean, or null when there were not enough answers. */
const score = nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(SCALE_MAX)));

/** A reflection band, or null when there were not enough answers. */
const band = nullable(v.picklist(["low", "moderate", "high"]));

/** A score and its band, as they were when the result was saved. */
const scoreSnapshot = v.object({
  /** The mean score, 0–4, or null. */
  score,
  /** The band the score fell in, or null. */
  band,
});

/** The instrument a record was made with. */
const instrumentFields = {
  /** The instrument's id, e.g. "good-enough-reflection". */
  instrumentId: id,
  /** The instrument's version; results keep the version they were scored with. */
  instrumentVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
};

const resultRecord = v.object({
  ...recordBase,
  /** A finished screen, saved with its scores. */
  kind: v.literal("result"),
  ...instrumentFields,
  /** When the person finished the screen. */
  completedAt: isoTime,
  /** The person's own answers, item by item. */
  answers,
  /** Each sign domain's score and band at the time, in instrument order. */
  domains: v.pipe(
    v.array(
      v.object({
        /** The domain's id in that instrument version. */
        id,
        /** The domain's mean score, 0–4, or null. */
        score,
        /** The domain's band, or null. */
        band,
      }),
    ),
    v.maxLength(50),
  ),
  /** The overall score and band over all sign items. */
  overall: scoreSnapshot,
  /** The impact score and band, over the impact items. */
  impact: scoreSnapshot,
});

const progressRecord = v.object({
  ...recordBase,
  /** A screen in progress, saved as each answer is given; there is only one. */
  kind: v.literal("progress"),
  /** Always "progress". */
  id: v.literal(PROGRESS_ID),
  ...instrumentFields,
  /** The answers given so far. */
  answers,
  /** The step the person is on, counting from 0. */
  step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)),
  /** When this run through the screen began. */
  startedAt: isoTime,
});

/** Any self-screen record. */
export const recordSchema = v.variant("kind", [resultRecord, progressRecord]);

export type SelfScreenRecord = v.InferOutput<typeof recordSchema>;
export type ResultRecord = v.InferOutput<typeof resultRecord>;
export type ProgressRecord = v.InferOutput<typeof progressRecord>;

/** The whole stored value: `{ version: 2, records }`. */
export const valueSchema = storedValueSchema(VERSION, recordSchema);

/** Version 1 → 2: copies `createdAt` into `updatedAt` on every record. */
export const migrateV1toV2 = (value: Record<string, unknown>): Record<string, unknown> =>
  addUpdatedAt(value);

/** migrations[n] turns a version-n value into version n+1. */
export const migrations = { 1: addUpdatedAt };
