import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "self-compassion-journal",
  title: "Self-compassion journal",
  version: VERSION,
  assignable: true,
};
