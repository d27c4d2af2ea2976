import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "relapse-prevention-plan",
  title: "Relapse-prevention plan",
  version: VERSION,
  assignable: true,
};
