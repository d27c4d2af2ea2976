import * as v from "../../engine/core/validate";
import { shortText } from "../../engine/homework/limits";
import type { LadderRecord, StepRecord } from "./schema";
import { LADDER_STEPS_MAX, PREFILL_LINE_MAX } from "./link-limits";
/**
 * Exposure-ladder homework: the builder turns the therapist's theme and steps
 * (one a line) into the link's pre-fill, and an accepted link becomes a NEW
 * ladder with its steps. Nothing here changes a ladder the client already has.
 */

export { LADDER_STEPS_MAX, PREFILL_LINE_MAX } from "./link-limits";

/** The ladder's part of a homework link: a fear theme and steps planned in session. */
export const prefillSchema = v.object({
  /** The fear theme. */
  theme: v.optional(shortText(PREFILL_LINE_MAX)),
  /** Steps: a description (d) and expected distress, SUDS 0–100 (s). */
  steps: v.optional(
    v.pipe(
      v.array(
        v.object({
          /** What the step is. */
          d: shortText(PREFILL_LINE_MAX),
          /** Expected distress, 0–100. */
          s: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
        }),
      ),
      v.maxLength(LADDER_STEPS_MAX),
    ),
  ),
});
export type LadderPrefill = v.InferOutput<typeof prefillSchema>;

type Content<R> = Omit<R, "id" | "createdAt" | "updatedAt">;

/**
 * A new ladder and its steps from an accepted link, tagged with the
 * assignment's id. A step without a rating is left for the client to rate.
 * Null when the link pre-fills nothing: the client starts their own ladder.
 * `untitled` names a ladder sent without a theme; the client can rename it.
 * `due` (the assignment's due date, in words) becomes the ladder's notes, so
 * it stays with the ladder even if the homework record is deleted.
 */
export function ladderFromPrefill(
  prefill: LadderPrefill | undefined,
  homeworkId: string,
  untitled: string,
  due?: string,
): { ladder: Content<LadderRecord>; steps: Omit<Content<StepRecord>, "ladderId">[] } | null {
  const theme = prefill?.theme?.trim() ?? "";
  const steps = (prefill?.steps ?? []).filter((s) => s.d.trim() !== "");
  if (!theme && steps.length === 0) return null;
  return {
    ladder: {
      kind: "ladder",
      theme: theme || untitled,
      ...(due ? { notes: due } : {}),
      homeworkId,
    },
    steps: steps.map((s) => ({
      kind: "step",
      description: s.d.trim(),
      ...(s.s === undefined ? {} : { expectedSuds: s.s }),
      mastered: false,
    })),
  };
}
