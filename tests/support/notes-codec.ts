import * as v from "../../src/engine/core/validate";
import {
  recordBase,
  storedValueSchema,
  text,
  type StoredValue,
} from "../../src/engine/storage/record";
import { createCodec } from "../../src/engine/storage/codec";
import { addUpdatedAt } from "../../src/engine/storage/migrations";
import { live } from "../../src/engine/storage/merge";

/** A small worksheet shape for testing the data layer on its own. */
export const noteRecord = v.object({ ...recordBase, kind: v.literal("note"), body: text });
export type Note = v.InferOutput<typeof noteRecord>;
export const makeNotesCodec = (worksheet = "notes") => ({
  ...createCodec<Note>({
    worksheet,
    version: 2,
    schema: storedValueSchema(2, noteRecord),
    migrations: { 1: addUpdatedAt },
  }),
  // As a worksheet's my-data.ts describes it, for the import preview.
  describe: (value: StoredValue<Note>) => `${live(value.records).length} notes`,
});
export const notesCodec = makeNotesCodec();
