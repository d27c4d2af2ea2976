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
  }),
);

/** The registry finds each folder's store as its default export. */
export default exposureLadder;
