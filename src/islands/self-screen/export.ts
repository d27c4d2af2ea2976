import { selfScreen } from "../../stores/self-screen";
import { downloadExport } from "../shared/download";

/** Downloads the self-screen's entries (or some of them) as a file My data can import. */
export const exportSelfScreen = (records = selfScreen.$value.get().records) =>
  downloadExport({ "self-screen": { version: selfScreen.codec.version, records } }, "self-screen");
