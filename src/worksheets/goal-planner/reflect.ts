/**
 * The end-of-day reflection's helpers, for /worksheets/goal-planner/reflect/.
 * Kept apart from day.ts and plan.ts so that the reflection page's island
 * shares nothing with the "today" page's but the small days.ts chunk. Its one
 * store action, saveReflection, is here for the same reason.
 */
import { TEXT_MAX } from "../../engine/storage/record";
import { textNote, type Say } from "./days";
import { reflectionId, type ReflectionRecord } from "./schema";
import { goalPlanner } from "./store";
import type { Content } from "../../engine/storage/worksheet-store";

export interface ReflectionDraft {
  stoppedAtGoodEnough: string;
  predictedVsActual: string;
  anxiety?: number;
  satisfaction?: number;
}

export type ReflectionErrors = Partial<Record<"stoppedAtGoodEnough" | "predictedVsActual", string>>;

/** Field errors for a reflection: only the 2,000-character cap; every answer is optional. */
export function reflectionErrors(w: Say, draft: ReflectionDraft): ReflectionErrors {
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

/** Saves the end-of-day reflection for `day`; an answer cleared is cleared in the store too. */
export function saveReflection(day: string, d: ReflectionDraft): boolean {
  const content: Content<ReflectionRecord> = {
    kind: "reflection",
    day,
    stoppedAtGoodEnough: d.stoppedAtGoodEnough.trim() || undefined,
    predictedVsActual: d.predictedVsActual.trim() || undefined,
    anxiety: d.anxiety,
    satisfaction: d.satisfaction,
  };
  const id = reflectionId(day);
  const had = goalPlanner.$records.get().some((r) => r.id === id);
  const saved = had ? goalPlanner.update(id, content) : goalPlanner.create(content, id);
  // The engine refuses what would not read back; then the store still holds the old copy.
  return goalPlanner.$records.get().some((r) => r.id === id && r.updatedAt === saved?.updatedAt);
}
