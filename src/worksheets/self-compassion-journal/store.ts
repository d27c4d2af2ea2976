import { createCodec } from "../../engine/storage/codec";
import { migrations, valueSchema, VERSION, type JournalEntry } from "./schema";
import { createWorksheetStore } from "../../engine/storage/worksheet-store";

/** The self-compassion journal's store: goodenough:self-compassion-journal. Shape and migrations: src/worksheets/self-compassion-journal/schema.ts. */
export const selfCompassionJournal = createWorksheetStore(
  createCodec<JournalEntry>({
    worksheet: "self-compassion-journal",
    version: VERSION,
    schema: valueSchema,
    migrations,
  }),
);

/** The registry finds each folder's store as its default export. */
export default selfCompassionJournal;
