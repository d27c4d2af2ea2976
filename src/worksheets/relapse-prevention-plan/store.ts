import { createCodec } from "../../engine/storage/codec";
import { live } from "../../engine/storage/merge";
import {
  migrations,
  REVIEW_ID,
  valueSchema,
  VERSION,
  type ContactRecord,
  type RelapsePlanRecord,
  type TextSectionId,
} from "./schema";
import type { PlanChanges } from "./prefill";
import type { ContactFields } from "./plan";
import { createWorksheetStore } from "../../engine/storage/worksheet-store";

/** The relapse-prevention plan's store: goodenough:relapse-prevention-plan. Shape and migrations: src/worksheets/relapse-prevention-plan/schema.ts. */
export const relapsePreventionPlan = createWorksheetStore(
  createCodec<RelapsePlanRecord>({
    worksheet: "relapse-prevention-plan",
    version: VERSION,
    schema: valueSchema,
    migrations,
    describe(value) {
      const rs = live(value.records);
      const written = rs.filter((r) => r.kind === "section" && r.text.trim()).length;
      const people = rs.filter((r) => r.kind === "contact").length;
      return `${written} plan ${written === 1 ? "section" : "sections"} written, ${people} ${people === 1 ? "contact" : "contacts"}`;
    },
  }),
);

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

export const deleteContact = (id: string) => plan.remove(id);

/** The registry finds each folder's store as its default export. */
export default relapsePreventionPlan;
