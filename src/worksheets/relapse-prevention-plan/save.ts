import { relapsePreventionPlan as plan } from "./store";
import { REVIEW_ID, type TextSectionId } from "./schema";
import type { PlanChanges } from "./prefill";

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
