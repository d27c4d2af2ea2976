import { createCodec } from "../../engine/storage/codec";
import { createWorksheetStore } from "../../engine/storage/worksheet-store";
import { migrations, valueSchema, VERSION, type CycleEntry } from "./schema";

/** The cycle's store: goodenough:my-cycle. Shape: ./schema.ts. */
export const myCycle = createWorksheetStore(
  createCodec<CycleEntry>({
    worksheet: "my-cycle",
    version: VERSION,
    schema: valueSchema,
    migrations,
  }),
);

/** The registry finds each folder's store as its default export. */
export default myCycle;
