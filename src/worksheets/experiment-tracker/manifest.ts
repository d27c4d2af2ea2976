import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "experiment-tracker",
  title: "Experiment tracker",
  version: VERSION,
  assignable: true,
};
