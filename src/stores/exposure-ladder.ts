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
      const count = (kind: string, one: string, many: string) => {
        const n = rs.filter((r) => r.kind === kind).length;
        return `${n} ${n === 1 ? one : many}`;
      };
      return `${count("ladder", "ladder", "ladders")}, ${count("step", "step", "steps")}, ${count("practice", "practice", "practices")}`;
    },
  }),
);
