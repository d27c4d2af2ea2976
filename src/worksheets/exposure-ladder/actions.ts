import type { LadderRecord, PracticeRecord, StepRecord } from "./schema";
import { exposureLadder } from "./store";
import { idsToRemove } from "./remove";
import type { StepFields } from "./steps";
import type { PracticeFields } from "./practice";
import { removeWithUndo } from "../../engine/ui/undo";

/*
 * The exposure ladder's actions: the only way its islands change the store.
 * Kept apart from ./store.ts so that pages which only read or export the
 * store (homework, My data) do not load them.
 */

type LadderFields = Pick<LadderRecord, "theme" | "notes">;

/** Starts a ladder on a fear theme. */
export const addLadder = (fields: LadderFields): LadderRecord =>
  exposureLadder.create({ kind: "ladder", ...fields }) as LadderRecord;

/** Renames a ladder or changes its notes. */
export const editLadder = (id: string, fields: LadderFields) => exposureLadder.update(id, fields);

/** Adds a step, not yet mastered, to a ladder. */
export const addStep = (ladderId: string, fields: StepFields): StepRecord =>
  exposureLadder.create({ kind: "step", ladderId, mastered: false, ...fields }) as StepRecord;

/** Saves an edited step; if another tab deleted it meanwhile, keeps the words as a new step. */
export const saveStep = (id: string, ladderId: string, fields: StepFields): StepRecord =>
  (exposureLadder.update(id, fields) as StepRecord | null) ?? addStep(ladderId, fields);

/** Marks a step mastered (stamped with the store's clock) or not. */
export const setMastered = (id: string, on: boolean) =>
  exposureLadder.update(id, {
    mastered: on,
    masteredAt: on ? exposureLadder.stamp() : undefined,
  });

/** Logs a practice of a step. */
export const logPractice = (stepId: string, fields: PracticeFields): PracticeRecord =>
  exposureLadder.create({ kind: "practice", stepId, ...fields }) as PracticeRecord;

/** Saves an edited practice; if another tab deleted it meanwhile, keeps it as a new one. */
export const savePractice = (id: string, stepId: string, fields: PracticeFields): PracticeRecord =>
  (exposureLadder.update(id, fields) as PracticeRecord | null) ?? logPractice(stepId, fields);

/** Deletes a ladder with its steps and their practices, a step with its practices, or one practice: one write. */
export const deleteItem = (id: string) =>
  removeWithUndo(exposureLadder, idsToRemove(exposureLadder.$records.get(), id));
