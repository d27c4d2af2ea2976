import { createCodec } from "../storage/codec";
import { migrations, valueSchema, VERSION, type AssignmentRecord } from "./schema";
import { createWorksheetStore } from "../storage/worksheet-store";

/** Homework added from therapists' links: goodenough:homework. Shape: src/engine/homework/schema.ts. */
export const homework = createWorksheetStore(
  createCodec<AssignmentRecord>({
    worksheet: "homework",
    version: VERSION,
    schema: valueSchema,
    migrations,
  }),
);
