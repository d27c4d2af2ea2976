import { createCodec } from "../lib/storage/codec";
import { live, madeBefore } from "../lib/storage/merge";
import {
  migrations,
  valueSchema,
  VERSION,
  type ExperimentRecord,
} from "../schemas/stored/experiment-tracker";
import { createWorksheetStore } from "./worksheet-store";

/** The experiment tracker's store: goodenough:experiment-tracker. Shape and migrations: src/schemas/stored/experiment-tracker.ts. */
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
