import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "experiment-tracker",
  title: "Behavioral experiment tracker",
  version: VERSION,
  assignable: true,
  forTherapists: {
    step: "Testing beliefs",
    use: "Predict, do the imperfect thing, compare. Twelve ready experiments to start from.",
  },
};
