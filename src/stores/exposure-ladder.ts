import { createCodec } from "../lib/storage/codec";
import { live } from "../lib/storage/merge";
import {
  migrations,
  valueSchema,
  VERSION,
  type ExposureLadderRecord,
} from "../schemas/stored/exposure-ladder";
import { createWorksheetStore } from "./worksheet-store";

/** The exposure ladder's store: goodenough:exposure-ladder. Shape and migrations: src/schemas/stored/exposure-ladder.ts. */
export const exposureLadder = createWorksheetStore(
  createCodec<ExposureLadderRecord>({
    worksheet: "exposure-ladder",
    version: VERSION,
    schema: valueSchema,
    migrations,
    describe(value) {
      const rs = live(value.records);
      const n = (kind: string) => rs.filter((r) => r.kind === kind).length;
      const ladders = n("ladder");
      return `${ladders} exposure ${ladders === 1 ? "ladder" : "ladders"} (${n("step")} steps, ${n("practice")} practices)`;
    },
  }),
);
