import type { ThoughtRecord } from "./schema";
import type { DraftContent } from "./draft";
import type { ThoughtFields } from "./record";
import { thoughtRecord } from "./store";
import { removeWithUndo } from "../../engine/ui/undo";

/* The thought record's actions: the only way its islands change what is stored. */

/**
 * Keeps a draft as the person types (saved after a short pause). If another
 * tab discarded it meanwhile, this tab is still writing, so it is kept again.
 */
export function keepDraft(id: string, content: DraftContent): void {
  if (!thoughtRecord.update(id, content, { typing: true })) thoughtRecord.create(content, id);
}

/** Lets a draft go (discarded, or nothing left in it worth keeping). */
export const discardDraft = (id: string) => removeWithUndo(thoughtRecord, [id]);

/**
 * The change that makes a saved record hold exactly `fields`: a rating or
 * link the person cleared is removed, not kept from before.
 */
export const replacingPatch = (fields: ThoughtFields): ThoughtFields => ({
  beliefBefore: undefined,
  balancedBelief: undefined,
  beliefAfter: undefined,
  homeworkId: undefined,
  ...fields,
});

/**
 * Saves what was written under draft `draftId` as a record: changes to
 * `recordId`, or a new record. Changes to a record another tab deleted
 * meanwhile are kept as a new one. The draft goes once the record is saved.
 */
export function saveThought(
  draftId: string,
  fields: ThoughtFields,
  recordId?: string,
): ThoughtRecord {
  const saved =
    (recordId && thoughtRecord.update(recordId, replacingPatch(fields))) ||
    thoughtRecord.create({ kind: "record", ...fields }, draftId);
  if (saved.id !== draftId) thoughtRecord.remove(draftId);
  return saved as ThoughtRecord;
}

/** Deletes a saved record and, in the same write, any unsaved changes to it; returns its undo. */
export function deleteThought(id: string) {
  const drafts = thoughtRecord.$records
    .get()
    .filter((r) => r.kind === "draft" && r.recordId === id)
    .map((r) => r.id);
  return removeWithUndo(thoughtRecord, [id, ...drafts]);
}
