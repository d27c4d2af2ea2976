import type { ExposureLadderRecord, LadderRecord, PracticeRecord, StepRecord } from "./schema";
import { formatDay } from "../../engine/core/dates";
import { shortLabel, sortSteps, type Say } from "./ladder";

/**
 * How the worksheet's records fit together, for both pages and the session
 * summary: a ladder's steps in order, a step's practices, what a delete takes
 * with it, and the question asked first.
 */

/** Every ladder, the newest first (so one just added from homework is on top). */
export function laddersOf(records: readonly ExposureLadderRecord[]): LadderRecord[] {
  return records
    .filter((r): r is LadderRecord => r.kind === "ladder")
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** One ladder's steps, from the lowest expected distress to the highest. */
export function stepsOf(records: readonly ExposureLadderRecord[], ladderId: string): StepRecord[] {
  return sortSteps(
    records.filter((r): r is StepRecord => r.kind === "step" && r.ladderId === ladderId),
  );
}

/** One step's practices, in the order they were stored. */
export function practicesOf(
  records: readonly ExposureLadderRecord[],
  stepId: string,
): PracticeRecord[] {
  return records.filter((r): r is PracticeRecord => r.kind === "practice" && r.stepId === stepId);
}

import { idsToRemove } from "./remove";

export { idsToRemove };

/**
 * The question asked before a delete, naming what goes: a ladder with its
 * steps and practices, a step with its practices, or one practice.
 */
export function deleteQuestion(
  records: readonly ExposureLadderRecord[],
  id: string,
  w: Say,
  locale: string,
): { title: string; text: string } | null {
  const target = records.find((r) => r.id === id);
  if (!target) return null;
  const ids = new Set(idsToRemove(records, id));
  const n = (kind: string) => records.filter((r) => r.kind === kind && ids.has(r.id)).length;
  const practices = w("practices", { count: n("practice") });
  if (target.kind === "ladder") {
    const theme = shortLabel(target.theme);
    const steps = w("steps", { count: n("step") });
    return {
      title: w("deleteLadderTitle"),
      text: w("deleteLadderText", { theme, steps, practices }),
    };
  }
  if (target.kind === "step") {
    const step = shortLabel(target.description);
    return {
      title: w("deleteStepTitle"),
      text: n("practice")
        ? w("deleteStepText", { step, practices })
        : w("deleteStepAlone", { step }),
    };
  }
  return {
    title: w("deletePracticeTitle"),
    text: w("deletePracticeText", { day: formatDay(target.day, locale) }),
  };
}

/** Where a step sits on its ladder: 1 is the lowest. */
export function stepNumber(sortedSteps: readonly StepRecord[], id: string): number {
  return sortedSteps.findIndex((s) => s.id === id) + 1;
}
