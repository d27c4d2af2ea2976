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
 * Stored shape of the thought record (key goodenough:thought-record).
 *
 * Each "record" is one thought record, filled in over 7 steps: the situation,
 * the feelings, the automatic thought, the thinking traps, the evidence, a
 * balanced thought, and the feelings re-rated. Only the automatic thought is
 * required; texts may be empty and ratings may be skipped.
 *
 * A "draft" is one not yet saved: a new record being written, changes to a
 * saved one (`recordId`), or homework from a therapist's link. It keeps what
 * the form holds exactly as typed, so a reload, a closed tab or an answer
 * that needs fixing never loses a word. Saving turns it into a record.
 *
 * History:
 * - Version 1 (early development builds) kept only `createdAt` on records;
 *   version 2 adds `updatedAt` (copied from `createdAt`) so two tabs can merge by id.
 * - Version 2 also holds "draft" records (added before the worksheet first
 *   shipped, so no value without them was ever written by a release).
 */
export const VERSION = 2;

/** The most feelings one record can list. */
export const EMOTIONS_MAX = 10;
/** The longest name of a feeling, in characters. */
export const EMOTION_NAME_MAX = 60;
/** The most thinking traps one record can pick. */
export const TRAPS_MAX = 20;
/** The last step of the form (steps are numbered 0–6). */
export const LAST_STEP = 6;
/** A thinking-trap id from the glossary: lower-case words joined by hyphens. */
export const TRAP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A 0–100 rating that may be skipped. */
const percent = v.optional(rating(0, 100));
/** An id: of a record, or of a homework assignment. */
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** Ids of the thinking traps picked from the glossary (content/distortions.json). */
const traps = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(100), v.regex(TRAP_ID))),
  v.maxLength(TRAPS_MAX),
);
/** Where the person is in the 7-step form, 0 (situation) to 6 (re-rate). */
const step = rating(0, LAST_STEP);

const emotion = v.object({
  /** The feeling in the person's words, e.g. "anxious" or "ashamed". */
  name: v.pipe(
    v.string(),
    v.maxLength(EMOTION_NAME_MAX),
    v.check((s) => s.trim() !== "", "feelingName"),
  ),
  /** How strong the feeling was in the situation, 0–100. */
  before: rating(0, 100),
  /** How strong it is after the balanced thought (step 7), 0–100. */
  after: percent,
});
export type Emotion = v.InferOutput<typeof emotion>;

const thoughtRecord = v.object({
  ...recordBase,
  /** Marks this record as a thought record. */
  kind: v.literal("record"),
  /** The date and time of the situation. */
  when: isoTime,
  /** What was going on: where, with whom, doing what. */
  situation: text,
  /** The feelings, each rated before and (later) after. */
  emotions: v.pipe(v.array(emotion), v.maxLength(EMOTIONS_MAX)),
  /** The thought that went through the person's mind. The one required field. */
  automaticThought: v.pipe(
    text,
    v.check((s) => s.trim() !== "", "thoughtRequired"),
  ),
  /** How strongly the automatic thought was believed at the time, 0–100%. */
  beliefBefore: percent,
  /** Ids of the thinking traps picked from the glossary (content/distortions.json). */
  traps,
  /** Evidence that supports the automatic thought. */
  evidenceFor: text,
  /** Evidence that does not fit with the automatic thought. */
  evidenceAgainst: text,
  /** A fairer, more balanced way of seeing the situation. */
  balancedThought: text,
  /** How strongly the balanced thought is believed, 0–100%. */
  balancedBelief: percent,
  /** The automatic thought re-rated at the end, 0–100%. */
  beliefAfter: percent,
  /** Where the person is in the 7-step form, 0 (situation) to 6 (re-rate). */
  step,
  /** A homework assignment this record belongs to. */
  homeworkId: v.optional(id),
});

/** The longest text a draft keeps: well over the limit a record has, so nothing typed is cut. */
export const DRAFT_TEXT_MAX = 10000;
/** Text in a draft, kept exactly as typed (a rating too, so "150" can be explained, not lost). */
const typed = v.pipe(v.string(), v.maxLength(DRAFT_TEXT_MAX));

const draftRecord = v.object({
  ...recordBase,
  /** Marks this as unfinished work, not yet a saved thought record. */
  kind: v.literal("draft"),
  /** The date and time as the datetime-local field holds it, "YYYY-MM-DDTHH:mm", or "". */
  when: typed,
  situation: typed,
  /** Each feeling as typed: its name, its first rating and its re-rating. */
  emotions: v.pipe(
    v.array(v.object({ name: typed, before: typed, after: typed })),
    v.maxLength(EMOTIONS_MAX),
  ),
  automaticThought: typed,
  beliefBefore: typed,
  /** Ids of the picked thinking traps, as on a record. */
  traps,
  evidenceFor: typed,
  evidenceAgainst: typed,
  balancedThought: typed,
  balancedBelief: typed,
  beliefAfter: typed,
  /** The step the person was on, 0–6, so they come back to it. */
  step,
  /** The saved record these are changes to; absent for a new thought record. */
  recordId: v.optional(id),
  /** A homework assignment this draft came from. */
  homeworkId: v.optional(id),
  /**
   * That assignment's due date, YYYY-MM-DD, shown with the draft ("due Dec
   * 10"). Kept here so it stays even if the homework record is deleted.
   * Optional and new, so values stored before it still read: no new version.
   */
  due: v.optional(isoDay),
});

export const recordSchema = v.variant("kind", [thoughtRecord, draftRecord]);
/** Anything the store holds: a saved thought record or a draft. */
export type StoredThought = v.InferOutput<typeof recordSchema>;
/** A saved thought record. */
export type ThoughtRecord = Extract<StoredThought, { kind: "record" }>;
/** An unfinished thought record, as typed. */
export type DraftRecord = Extract<StoredThought, { kind: "draft" }>;
export const valueSchema = storedValueSchema(VERSION, recordSchema);

/** Version 1 → 2: adds `updatedAt`, copied from `createdAt`. Pure. */
export const migrateV1toV2 = (value: Record<string, unknown>): Record<string, unknown> =>
  addUpdatedAt(value);

/** migrations[n] turns a version-n value into version n + 1. */
export const migrations = { 1: addUpdatedAt };
