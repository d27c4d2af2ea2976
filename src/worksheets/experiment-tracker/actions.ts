import type { ExperimentRecord } from "./schema";
import { experimentTracker } from "./store";
import { contentFromFields, replacingPatch, type ExperimentContent } from "./order";
import { removeWithUndo } from "../../engine/ui/undo";

/* The experiment tracker's actions: the only way its islands change what is stored. */

/** An experiment's answers, without what the store works out (kind, status, the day it was done). */
export type ExperimentAnswers = Omit<ExperimentContent, "kind" | "status" | "completedAt">;

/**
 * Saves an experiment: changes the one with `id`, or adds a new one. If
 * another tab deleted it meanwhile, the person's words are kept as a new one.
 */
export function saveExperiment(answers: ExperimentAnswers, id?: string): ExperimentRecord {
  const existing = id ? experimentTracker.$records.get().find((r) => r.id === id) : undefined;
  const content = contentFromFields(answers, existing, new Date(experimentTracker.stamp()));
  return (
    (existing && experimentTracker.update(existing.id, replacingPatch(existing, content))) ||
    experimentTracker.create(content)
  );
}

/** Deletes an experiment; returns its undo, true when it is back as it was. */
export const deleteExperiment = (id: string) => removeWithUndo(experimentTracker, [id]);
