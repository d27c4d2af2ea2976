import { createCodec } from "../../engine/storage/codec";
import { migrations, valueSchema, VERSION, type ExperimentRecord } from "./schema";
import { createWorksheetStore } from "../../engine/storage/worksheet-store";

/**
 * The experiment tracker's store: goodenough:experiment-tracker. Shape and migrations: src/worksheets/experiment-tracker/schema.ts.
 * Its actions are in ./actions.ts, so pages that only count or export entries (My data) do not load them.
 */
export const experimentTracker = createWorksheetStore(
  createCodec<ExperimentRecord>({
    worksheet: "experiment-tracker",
    version: VERSION,
    schema: valueSchema,
    migrations,
  }),
);
/** The registry finds each folder's store as its default export. */
export default experimentTracker;
