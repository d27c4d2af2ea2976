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
 * For the goal planner: the suggested daily limit is set (`limit`) when the
 * client has not chosen one yet (`current` undefined); when theirs differs it
 * is `suggested`, to be offered as a question, never dropped unseen; when it
 * is the same, nothing changes. The focus becomes a brain-dump line, so it is
 * in view when they plan. `line` words the focus, e.g.
 * (focus) => `Practice from my therapist: ${focus}`.
 */
export function goalPlannerFromPrefill(
  prefill: GoalPrefill | undefined,
  current: number | undefined,
  line: (focus: string) => string,
) {
  const focus = prefill?.focus?.trim();
  const asked = prefill?.limit;
  return {
    limit: current === undefined ? asked : undefined,
    suggested: current !== undefined && asked !== current ? asked : undefined,
    focus: focus ? line(focus) : undefined,
  };
}
