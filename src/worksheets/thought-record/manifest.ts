import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "thought-record",
  title: "Thought record",
  version: VERSION,
  assignable: true,
};
