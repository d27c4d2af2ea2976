import { createCodec } from "../../engine/storage/codec";
import { migrations, valueSchema, VERSION, type RelapsePlanRecord } from "./schema";
import { createWorksheetStore } from "../../engine/storage/worksheet-store";

/** The relapse-prevention plan's store: goodenough:relapse-prevention-plan. Shape and migrations: src/worksheets/relapse-prevention-plan/schema.ts. */
export const relapsePreventionPlan = createWorksheetStore(
  createCodec<RelapsePlanRecord>({
    worksheet: "relapse-prevention-plan",
    version: VERSION,
    schema: valueSchema,
    migrations,
  }),
);

/** The registry finds each folder's store as its default export. */
export default relapsePreventionPlan;
