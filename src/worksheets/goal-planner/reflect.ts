/**
 * The end-of-day reflection's helpers, for /worksheets/goal-planner/reflect/.
 * Kept apart from day.ts and plan.ts so that the reflection page's island
 * shares nothing with the "today" page's but the small days.ts chunk.
 */
import { TEXT_MAX } from "../../engine/storage/record";
import { textNote } from "./days";
import type { ReflectWords } from "./words";

export interface ReflectionDraft {
  stoppedAtGoodEnough: string;
  predictedVsActual: string;
  anxiety?: number;
  satisfaction?: number;
}

export type ReflectionErrors = Partial<Record<"stoppedAtGoodEnough" | "predictedVsActual", string>>;

/** Field errors for a reflection: only the 2,000-character cap; every answer is optional. */
export function reflectionErrors(
  w: Pick<ReflectWords, "textOver" | "textAt">,
  draft: ReflectionDraft,
): ReflectionErrors {
  const errors: ReflectionErrors = {};
  for (const field of ["stoppedAtGoodEnough", "predictedVsActual"] as const) {
    if (draft[field].length > TEXT_MAX) errors[field] = textNote(w, draft[field])!;
  }
  return errors;
}

/** True when the reflection has anything in it worth saving. */
export const reflectionHasContent = (draft: ReflectionDraft): boolean =>
  Boolean(
    draft.stoppedAtGoodEnough.trim() ||
    draft.predictedVsActual.trim() ||
    draft.anxiety !== undefined ||
    draft.satisfaction !== undefined,
  );
