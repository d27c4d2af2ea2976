import * as v from "../core/validate";
import { addUpdatedAt } from "../storage/migrations";
import { isoDay, isoTime, recordBase, storedValueSchema } from "../storage/record";

/**
 * Stored shape of received homework (key goodenough:homework): one record per
 * assignment a client added from a therapist's link, so the same link never
 * adds twice, and My data and each worksheet can list what is due.
 *
 * History:
 * - Version 1 (early development builds) kept only `createdAt` on records;
 *   version 2 adds `updatedAt` (copied from `createdAt`) so two tabs can merge by id.
 */
export const VERSION = 2;

const assignment = v.object({
  ...recordBase,
  /** An assignment added from a link; its id is the link's assignment id. */
  kind: v.literal("assignment"),
  /** The worksheet it is for. */
  worksheet: v.pipe(v.string(), v.regex(/^[a-z-]{1,40}$/)),
  /** The therapist's display name, as the link gave it. */
  from: v.optional(v.pipe(v.string(), v.maxLength(80))),
  /** The therapist's note, as the link gave it. */
  note: v.optional(v.pipe(v.string(), v.maxLength(500))),
  /** When it is due. */
  due: v.optional(isoDay),
  /** The entry the pre-fill created, if any. */
  entryId: v.optional(v.pipe(v.string(), v.maxLength(100))),
  /** When the client marked it done; absent while it is still to do. */
  doneAt: v.optional(isoTime),
});

export const recordSchema = v.variant("kind", [assignment]);
export type AssignmentRecord = v.InferOutput<typeof recordSchema>;
export const valueSchema = storedValueSchema(VERSION, recordSchema);
export const migrations = { 1: addUpdatedAt };
