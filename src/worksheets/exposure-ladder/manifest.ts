import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "exposure-ladder",
  title: "Exposure ladder",
  version: VERSION,
  assignable: true,
};
