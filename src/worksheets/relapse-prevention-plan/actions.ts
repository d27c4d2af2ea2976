import { REVIEW_ID, type ContactRecord, type TextSectionId } from "./schema";
import type { PlanChanges } from "./prefill";
import type { ContactFields } from "./plan";
import { relapsePreventionPlan } from "./store";
import { removeWithUndo } from "../../engine/ui/undo";

/*
 * The relapse-prevention plan's actions: the only way its islands change the
 * store. Kept apart from ./store.ts so that pages which only read or export
 * the store (My data, the other worksheets' homework pages) do not load them.
 */

const plan = relapsePreventionPlan;

/** Saves a section's text: one record per section, its id the section's own. */
export function saveSection(id: TextSectionId, text: string): void {
  if (!plan.update(id, { text })) plan.create({ kind: "section", text }, id);
}

/** Saves the review date (YYYY-MM-DD): one record, id "review". */
export function saveReviewDate(reviewDate: string): void {
  if (!plan.update(REVIEW_ID, { reviewDate }))
    plan.create({ kind: "review", reviewDate }, REVIEW_ID);
}

/** Applies what a homework link adds (see planFromPrefill); returns the first part it changed. */
export function applyChanges(changes: PlanChanges): string | undefined {
  for (const s of changes.sections) saveSection(s.id, s.text);
  if (changes.reviewDate) saveReviewDate(changes.reviewDate);
  return changes.sections[0]?.id ?? (changes.reviewDate && REVIEW_ID);
}

/**
 * Saves a contact: a new one when `id` is empty, else the edit, with fields
 * left empty removed. If another tab deleted it meanwhile, the person's words
 * are kept as a new contact.
 */
export const saveContact = (id: string | undefined, fields: ContactFields): ContactRecord =>
  ((id &&
    plan.update(id, { phone: undefined, relationship: undefined, note: undefined, ...fields })) ||
    plan.create({ kind: "contact", ...fields })) as ContactRecord;

/** Deletes a contact; returns its undo, true when it is back as it was. */
export const deleteContact = (id: string) => removeWithUndo(plan, [id]);
