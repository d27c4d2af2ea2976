import { createCodec } from "../../engine/storage/codec";
import { migrations, valueSchema, VERSION, type StoredThought } from "./schema";
import { createWorksheetStore } from "../../engine/storage/worksheet-store";

/**
 * The thought record's store: goodenough:thought-record. Shape and migrations: src/worksheets/thought-record/schema.ts.
 * Its actions are in ./actions.ts, so pages that only count or export entries (My data) do not load them.
 */
export const thoughtRecord = createWorksheetStore(
  createCodec<StoredThought>({
    worksheet: "thought-record",
    version: VERSION,
    schema: valueSchema,
    migrations,
  }),
);
/** The registry finds each folder's store as its default export. */
export default thoughtRecord;
