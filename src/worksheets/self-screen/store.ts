import { derive } from "../../engine/core/derive";
import { createCodec } from "../../engine/storage/codec";
import {
  migrations,
  valueSchema,
  VERSION,
  type ResultRecord,
  type SelfScreenRecord,
} from "./schema";
import { createWorksheetStore } from "../../engine/storage/worksheet-store";

/**
 * The self-screen's store: goodenough:self-screen. Shape and migrations: src/worksheets/self-screen/schema.ts.
 * The unfinished screen's actions are in ./self-screen-progress.ts, so that
 * pages that only list or export results (My data, the summary) do not load
 * the scoring code.
 */
export const selfScreen = createWorksheetStore(
  createCodec<SelfScreenRecord>({
    worksheet: "self-screen",
    version: VERSION,
    schema: valueSchema,
    migrations,
  }),
);

/** Saved results, newest first. */
export const $results = derive(selfScreen.$records, (records) =>
  records
    .filter((r): r is ResultRecord => r.kind === "result")
    .sort((a, b) => (a.completedAt < b.completedAt ? 1 : -1)),
);

/** The registry finds each folder's store as its default export. */
export default selfScreen;
