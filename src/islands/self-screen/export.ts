import { selfScreen } from "../../stores/self-screen";
import type { SelfScreenRecord } from "../../schemas/stored/self-screen";
import type { Stored } from "../../lib/storage/merge";
import { downloadWorksheet } from "../shared/download";

/** Downloads the self-screen's entries (or some of them) as a file My data can import. */
export const exportSelfScreen = (records?: Stored<SelfScreenRecord>[]) =>
  downloadWorksheet(selfScreen, records);
