import { createCodec } from "../../engine/storage/codec";
import { live } from "../../engine/storage/merge";
import {
  migrations,
  valueSchema,
  VERSION,
  type ExposureLadderRecord,
  type LadderRecord,
  type PracticeRecord,
  type StepRecord,
} from "./schema";
import { createWorksheetStore } from "../../engine/storage/worksheet-store";
import { idsToRemove } from "./remove";
import type { StepFields } from "./steps";
import type { PracticeFields } from "./practice";

/** The exposure ladder's store: goodenough:exposure-ladder. Shape and migrations: src/worksheets/exposure-ladder/schema.ts. */
export const exposureLadder = createWorksheetStore(
  createCodec<ExposureLadderRecord>({
    worksheet: "exposure-ladder",
    version: VERSION,
    schema: valueSchema,
    migrations,
    // A ladder goes whole, with its steps and practices, once none of it is newer than the cut.
    archive(records, before) {
      const ladderOf = new Map<string, string>();
      for (const r of records) if (r.kind === "step") ladderOf.set(r.id, r.ladderId);
      const group = (r: ExposureLadderRecord) =>
        r.kind === "ladder"
          ? r.id
          : r.kind === "step"
            ? r.ladderId
            : (ladderOf.get(r.stepId) ?? "");
      const latest = new Map<string, string>();
      for (const r of records) {
        const g = group(r);
        if ((latest.get(g) ?? "") < r.updatedAt) latest.set(g, r.updatedAt);
      }
      return records.filter((r) => (latest.get(group(r)) ?? before) < before);
    },
    describe(value) {
      const rs = live(value.records);
      const n = (kind: string) => rs.filter((r) => r.kind === kind).length;
      const ladders = n("ladder");
      return `${ladders} exposure ${ladders === 1 ? "ladder" : "ladders"} (${n("step")} steps, ${n("practice")} practices)`;
    },
  }),
);

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
  exposureLadder.removeMany(idsToRemove(exposureLadder.$records.get(), id));

/** The registry finds each folder's store as its default export. */
export default exposureLadder;
