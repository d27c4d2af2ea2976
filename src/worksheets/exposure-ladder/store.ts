import { createCodec } from "../../engine/storage/codec";
import { migrations, valueSchema, VERSION, type ExposureLadderRecord } from "./schema";
import { createWorksheetStore } from "../../engine/storage/worksheet-store";

/** The exposure ladder's store: goodenough:exposure-ladder. Shape and migrations: src/worksheets/exposure-ladder/schema.ts. */
export const exposureLadder = createWorksheetStore(
  createCodec<ExposureLadderRecord>({
    worksheet: "exposure-ladder",
    version: VERSION,
    schema: valueSchema,
    migrations,
  }),
);

/** The registry finds each folder's store as its default export. */
export default exposureLadder;
