import { PREFILL_TEXT_MAX, type Homework } from "../../engine/homework/link-schema";

/**
 * The plan's part of a homework link, as the therapist's builder makes it.
 * Kept apart from the worksheet's logic: the builder page carries only this.
 */

/** The plan's pre-fill: `{ learned?, signs?, review? }`. */
export type PlanPrefill = NonNullable<
  Extract<Homework, { w: "relapse-prevention-plan" }>["prefill"]
>;

/** The written pre-fill fields, which go into the sections of the same meaning. */
export const PREFILL_TEXTS = ["learned", "signs"] as const;

/**
 * The link's pre-fill from the builder's fields: text trimmed and capped at
 * the link's limit, empty fields dropped, and a review date only when it is
 * a whole date. Undefined when nothing is left. (The worksheet tidies the
 * lines when it adds them: see tidyLines.)
 */
export function prefillFromFields(
  raw: Record<string, string | undefined>,
): PlanPrefill | undefined {
  const out: PlanPrefill = {};
  for (const field of PREFILL_TEXTS) {
    const text = (raw[field] ?? "").trim().slice(0, PREFILL_TEXT_MAX).trim();
    if (text) out[field] = text;
  }
  const review = raw.review?.trim() ?? "";
  if (/^\d{4}-\d\d-\d\d$/.test(review)) out.review = review;
  return Object.keys(out).length ? out : undefined;
}
