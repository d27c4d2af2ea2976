import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "experiment-tracker",
  title: "Behavioral experiment tracker",
  version: VERSION,
  assignable: true,
};
