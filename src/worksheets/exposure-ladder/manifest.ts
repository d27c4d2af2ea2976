import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "exposure-ladder",
  title: "Exposure ladder",
  version: VERSION,
  assignable: true,
  forTherapists: {
    step: "OCD-linked perfectionism",
    use: "Graded steps toward imperfect outcomes, with rituals dropped. Best planned with you.",
  },
};
