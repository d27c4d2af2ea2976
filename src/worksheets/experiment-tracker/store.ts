import { createCodec } from "../../engine/storage/codec";
import { live, madeBefore } from "../../engine/storage/merge";
import { migrations, valueSchema, VERSION, type ExperimentRecord } from "./schema";
import { createWorksheetStore } from "../../engine/storage/worksheet-store";
import { contentFromFields, replacingPatch, type ExperimentContent } from "./order";

/** The experiment tracker's store: goodenough:experiment-tracker. Shape and migrations: src/worksheets/experiment-tracker/schema.ts. */
export const experimentTracker = createWorksheetStore(
  createCodec<ExperimentRecord>({
    worksheet: "experiment-tracker",
    version: VERSION,
    schema: valueSchema,
    migrations,
    archive: madeBefore(),
    describe(value) {
      const n = live(value.records).length;
      return `${n} ${n === 1 ? "experiment" : "experiments"}`;
    },
  }),
);

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

export const deleteExperiment = (id: string) => experimentTracker.remove(id);

/** The registry finds each folder's store as its default export. */
export default experimentTracker;
