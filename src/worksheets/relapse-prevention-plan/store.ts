import { createCodec } from "../../engine/storage/codec";
import { live } from "../../engine/storage/merge";
import { migrations, valueSchema, VERSION, type RelapsePlanRecord } from "./schema";
import { createWorksheetStore } from "../../engine/storage/worksheet-store";

/** The relapse-prevention plan's store: goodenough:relapse-prevention-plan. Shape and migrations: src/worksheets/relapse-prevention-plan/schema.ts. */
export const relapsePreventionPlan = createWorksheetStore(
  createCodec<RelapsePlanRecord>({
    worksheet: "relapse-prevention-plan",
    version: VERSION,
    schema: valueSchema,
    migrations,
    describe(value) {
      const rs = live(value.records);
      const written = rs.filter((r) => r.kind === "section" && r.text.trim()).length;
      const people = rs.filter((r) => r.kind === "contact").length;
      return `${written} plan ${written === 1 ? "section" : "sections"} written, ${people} ${people === 1 ? "contact" : "contacts"}`;
    },
  }),
);

/** The registry finds each folder's store as its default export. */
export default relapsePreventionPlan;
