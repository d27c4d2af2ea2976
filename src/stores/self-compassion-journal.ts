import { createCodec } from "../lib/storage/codec";
import { live, madeBefore } from "../lib/storage/merge";
import {
  migrations,
  valueSchema,
  VERSION,
  type JournalEntry,
} from "../schemas/stored/self-compassion-journal";
import { createWorksheetStore } from "./worksheet-store";

/** The self-compassion journal's store: goodenough:self-compassion-journal. Shape and migrations: src/schemas/stored/self-compassion-journal.ts. */
export const selfCompassionJournal = createWorksheetStore(
  createCodec<JournalEntry>({
    worksheet: "self-compassion-journal",
    version: VERSION,
    schema: valueSchema,
    migrations,
    archive: madeBefore(),
    describe(value) {
      const n = live(value.records).length;
      return `${n} journal ${n === 1 ? "entry" : "entries"}`;
    },
  }),
);
