import * as v from "../../engine/core/validate";
import { addUpdatedAt } from "../../engine/storage/migrations";
import { isoDay, recordBase, storedValueSchema, text } from "../../engine/storage/record";

/**
 * Stored shape of the self-compassion journal (key goodenough:self-compassion-journal).
 *
 * Each record is one dated entry answering four guided prompts, drawing on
 * self-kindness, common humanity and mindfulness (neff2003). Any prompt may
 * be left empty, but not all four.
 *
 * History:
 * - Version 1 (early development builds) kept only `createdAt` on records;
 *   version 2 adds `updatedAt` (copied from `createdAt`) so two tabs can merge by id.
 */
export const VERSION = 2;

const entryObject = v.object({
  ...recordBase,
  /** Marks this record as a journal entry. */
  kind: v.literal("entry"),
  /** The local calendar day the entry is about, YYYY-MM-DD. */
  day: isoDay,
  /** What happened. */
  whatHappened: text,
  /** What I said to myself about it. */
  whatISaid: text,
  /** What I would say to a friend in the same spot. */
  whatIdSayToAFriend: text,
  /** One strength I used today. */
  strength: text,
  /** A homework assignment this entry belongs to. */
  homeworkId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
});

/**
 * An entry must say something in at least one of the four prompts (listed in
 * form order as ENTRY_FIELDS in ./first-answer.ts, which the session summary
 * reads without loading this schema).
 */
const entryRecord = Object.assign(
  v.pipe(
    entryObject,
    v.check(
      (e) => [e.whatHappened, e.whatISaid, e.whatIdSayToAFriend, e.strength].some((a) => a.trim()),
      "emptyEntry",
    ),
  ),
  { entries: entryObject.entries },
);

export const recordSchema = v.variant("kind", [entryRecord]);
export type JournalEntry = v.InferOutput<typeof recordSchema>;
export const valueSchema = storedValueSchema(VERSION, recordSchema);

/** Version 1 → 2: adds `updatedAt`, copied from `createdAt`. Pure. */
export const migrateV1toV2 = (value: Record<string, unknown>): Record<string, unknown> =>
  addUpdatedAt(value);

/** migrations[n] turns a version-n value into version n + 1. */
export const migrations = { 1: addUpdatedAt };
