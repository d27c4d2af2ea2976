import * as v from "../../engine/core/validate";
import { isoDay } from "../../engine/storage/record";
import { PREFILL_TEXT_MAX, shortText } from "../../engine/homework/limits";
import { SECTION_MAX, type RelapsePlanRecord, type TextSectionId } from "./schema";
import { appendLines, tidyLines } from "./edit";
import { reviewDateOf, sectionText } from "./records";

/** The plan's part of a homework link: points from the last sessions. */
export const prefillSchema = v.object({
  /** What the client learned in treatment, one point per line. */
  learned: v.optional(shortText(PREFILL_TEXT_MAX)),
  /** Early warning signs talked about in session. */
  signs: v.optional(shortText(PREFILL_TEXT_MAX)),
  /** A suggested review date, YYYY-MM-DD. */
  review: v.optional(isoDay),
});
/** The plan's pre-fill: `{ learned?, signs?, review? }`. */
export type PlanPrefill = v.InferOutput<typeof prefillSchema>;

/** The section each written pre-fill field goes to. */
const TARGET: Record<"learned" | "signs", TextSectionId> = {
  learned: "learned",
  signs: "warning-signs",
};

/** What accepting a plan homework link changes. */
export interface PlanChanges {
  /** Sections with their new text: what was there, then the therapist's points below it. */
  sections: { id: TextSectionId; text: string }[];
  /** A review date, only when the person has none yet. */
  reviewDate?: string;
  /**
   * Points left out, with the section they were for, because they would take
   * it past the limit. That section is left as it was; the person is shown
   * the points to copy in once they have made room.
   */
  tooLong: { id: TextSectionId; points: string }[];
}

/**
 * What a homework link adds to the plan. Nothing the person wrote is ever
 * replaced: the therapist's points go below what is there, on a new line, and
 * a review date is set only when there is none.
 */
export function planFromPrefill(
  prefill: PlanPrefill | undefined,
  records: readonly RelapsePlanRecord[],
): PlanChanges {
  const changes: PlanChanges = { sections: [], tooLong: [] };
  for (const field of ["learned", "signs"] as const) {
    const id = TARGET[field];
    const before = sectionText(records, id);
    const points = tidyLines(prefill?.[field] ?? "");
    const text = appendLines(before, points);
    if (text.length > SECTION_MAX) changes.tooLong.push({ id, points });
    else if (text !== before) changes.sections.push({ id, text });
  }
  if (prefill?.review && reviewDateOf(records) === undefined) changes.reviewDate = prefill.review;
  return changes;
}
