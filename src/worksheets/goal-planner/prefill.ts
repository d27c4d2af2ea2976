import * as v from "../../engine/core/validate";
import { shortText } from "../../engine/homework/limits";

/** The goal planner's part of a homework link. */
export const prefillSchema = v.object({
  /** A suggested daily limit, 1–5 goals. */
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  /** What to focus on, e.g. "finish lines". */
  focus: v.optional(shortText(200)),
});
export type GoalPrefill = v.InferOutput<typeof prefillSchema>;

/**
 * For the goal planner: a daily limit only when the client has not chosen one
 * yet (`keptLimit` says when theirs stays), and the focus as a brain-dump
 * line, so it is in view when they plan. `line` words the focus, e.g.
 * (focus) => `Practice from my therapist: ${focus}`.
 */
export function goalPlannerFromPrefill(
  prefill: GoalPrefill | undefined,
  hasSettings: boolean,
  line: (focus: string) => string,
) {
  const focus = prefill?.focus?.trim();
  return {
    limit: prefill?.limit !== undefined && !hasSettings ? prefill.limit : undefined,
    keptLimit: prefill?.limit !== undefined && hasSettings,
    focus: focus ? line(focus) : undefined,
  };
}
