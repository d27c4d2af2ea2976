import { createCodec } from "../lib/storage/codec";
import { live } from "../lib/storage/merge";
import {
  migrations,
  valueSchema,
  VERSION,
  type ThoughtRecord,
} from "../schemas/stored/thought-record";
import { createWorksheetStore } from "./worksheet-store";

/** The thought record's store: goodenough:thought-record. Shape and migrations: src/schemas/stored/thought-record.ts. */
export const thoughtRecord = createWorksheetStore(
  createCodec<ThoughtRecord>({
    worksheet: "thought-record",
    version: VERSION,
    schema: valueSchema,
    migrations,
    describe(value) {
      const n = live(value.records).length;
      return `${n} ${n === 1 ? "thought record" : "thought records"}`;
    },
  }),
);
