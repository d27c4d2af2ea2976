import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "self-compassion-journal",
  title: "Self-compassion journal",
  version: VERSION,
  assignable: true,
  forTherapists: {
    step: "Self-criticism",
    use: "Short entries on speaking to oneself as to a friend.",
  },
};
