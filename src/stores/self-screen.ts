import { createCodec } from "../lib/storage/codec";
import { live } from "../lib/storage/merge";
import { migrations, valueSchema, VERSION, type SelfScreenRecord } from "../schemas/stored/self-screen";
import { createWorksheetStore } from "./worksheet-store";

/** The self-screen's store: goodenough:self-screen. Shape and migrations: src/schemas/stored/self-screen.ts. */
export const selfScreen = createWorksheetStore(
  createCodec<SelfScreenRecord>({
    worksheet: "self-screen",
    version: VERSION,
    schema: valueSchema,
    migrations,
    describe(value) {
      const n = live(value.records).filter((r) => r.kind === "result").length;
      return `${n} screen ${n === 1 ? "result" : "results"}`;
    },
  }),
);
