import { selfScreen } from "./store";
import type { SelfScreenRecord } from "./schema";
import type { Stored } from "../../engine/storage/merge";
import { downloadExport } from "../../engine/core/download";

/** Downloads the self-screen's entries (or some of them) as a file My data can import. */
export const exportSelfScreen = (
  records: Stored<SelfScreenRecord>[] = selfScreen.$value.get().records,
) =>
  downloadExport({ "self-screen": { version: selfScreen.codec.version, records } }, "self-screen");
