import * as v from "../../engine/core/validate";
import { isoDay, recordBase, storedValueSchema, text } from "../../engine/storage/record";
import type { PartId } from "./parts";

/**
 * Stored shape of "What keeps it going: my cycle" (key goodenough:my-cycle/<YYYY-MM>).
 *
 * Each record is one dated picture of the person's own perfectionism cycle,
 * in the parts of the clinical perfectionism model (shafran2002), in their
 * own words. Any part may be left empty, but not every part and the note.
 *
 * History:
 * - Version 1: the first shape.
 */
export const VERSION = 1;

export type { PartId };

const cycleObject = v.object({
  ...recordBase,
  /** Marks this record as one drawing of the cycle. */
  kind: v.literal("cycle"),
  /** The local calendar day it was drawn, YYYY-MM-DD. */
  day: isoDay,
  /** What my sense of worth rests on: striving and achieving. */
  worth: text,
  /** The strict rules and standards I hold myself to. */
  standards: text,
  /** How I check my performance, avoid or put things off. */
  checking: text,
  /** What happens when I meet a standard (often: it is raised again). */
  met: text,
  /** What happens when I miss one (often: harsh self-criticism). */
  missed: text,
  /** What the cycle costs me. */
  costs: text,
  /** A note from the therapist who sent it as homework, shown above the parts. */
  note: v.optional(text),
  /** A homework assignment this record came from. */
  homeworkId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
});

/** A cycle must say something: in a part, or in the therapist's note. */
const cycleRecord = Object.assign(
  v.pipe(
    cycleObject,
    // The parts by name, not through ./parts.ts: pages that only read the store stay smaller.
    v.check(
      (c) =>
        [c.worth, c.standards, c.checking, c.met, c.missed, c.costs, c.note ?? ""].some(
          (s) => s.trim() !== "",
        ),
      "emptyCycle",
    ),
  ),
  { entries: cycleObject.entries },
);

export const recordSchema = v.variant("kind", [cycleRecord]);
export type CycleEntry = v.InferOutput<typeof recordSchema>;
export const valueSchema = storedValueSchema(VERSION, recordSchema);

/** migrations[n] turns a version-n value into version n + 1; none yet. */
export const migrations = {};
