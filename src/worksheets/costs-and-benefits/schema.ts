import * as v from "../../engine/core/validate";
import { isoDay, recordBase, storedValueSchema, text } from "../../engine/storage/record";

/**
 * Stored shape of the costs and benefits worksheet (key goodenough:costs-and-benefits).
 *
 * Each record is one dated look at a change: what keeping things as they are
 * gives and costs, what changing gives and costs (the two-by-two grid), an
 * answer to the fear of "losing my edge", and what the person decides for now.
 * Any field may be left empty, but not all of them (unless a therapist's note is there).
 *
 * History:
 * - Version 1: the first shape.
 */
export const VERSION = 1;

/** The four boxes of the grid, in reading order: keeping (gives, costs), then changing (gives, costs). */
export const BOXES = ["keepGives", "keepCosts", "changeGives", "changeCosts"] as const;
/** Every field the person writes, in form order. */
export const FIELDS = ["topic", ...BOXES, "edge", "decision"] as const;

const entryObject = v.object({
  ...recordBase,
  /** Marks this record as one look at a change. */
  kind: v.literal("entry"),
  /** The local calendar day it is about, YYYY-MM-DD. */
  day: isoDay,
  /** The change being weighed, e.g. "my standards at work". */
  topic: text,
  /** Keeping things as they are: what it gives me (one point a line). */
  keepGives: text,
  /** Keeping things as they are: what it costs me. */
  keepCosts: text,
  /** Changing: what it would give me. */
  changeGives: text,
  /** Changing: what it would cost me. */
  changeCosts: text,
  /** The answer to "Will I lose my edge?": what I would keep even if I changed. */
  edge: text,
  /** What I decide for now. */
  decision: text,
  /** A note from the therapist who assigned it (a homework link), shown as they wrote it. */
  therapistNote: v.optional(text),
  /** A homework assignment this entry belongs to. */
  homeworkId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
});

/**
 * An entry must say something in at least one field, or carry the therapist's
 * note (a homework entry waiting to be filled in).
 */
const entryRecord = Object.assign(
  v.pipe(
    entryObject,
    v.check((e) => [...FIELDS, "therapistNote" as const].some((f) => e[f]?.trim()), "emptyEntry"),
  ),
  { entries: entryObject.entries },
);

export const recordSchema = v.variant("kind", [entryRecord]);
export type CostsEntry = v.InferOutput<typeof recordSchema>;
export const valueSchema = storedValueSchema(VERSION, recordSchema);

/** migrations[n] turns a version-n value into version n + 1; none yet. */
export const migrations = {};
