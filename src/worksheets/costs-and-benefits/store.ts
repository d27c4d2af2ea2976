import { createCodec } from "../../engine/storage/codec";
import { createWorksheetStore } from "../../engine/storage/worksheet-store";
import { migrations, valueSchema, VERSION, type CostsEntry } from "./schema";

/** The costs and benefits store: goodenough:costs-and-benefits. Shape: ./schema.ts. */
export const costsAndBenefits = createWorksheetStore(
  createCodec<CostsEntry>({
    worksheet: "costs-and-benefits",
    version: VERSION,
    schema: valueSchema,
    migrations,
  }),
);

/** The registry finds each folder's store as its default export. */
export default costsAndBenefits;
