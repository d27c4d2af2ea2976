import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "self-screen",
  title: "Perfectionism self-screen",
  version: VERSION,
  assignable: true,
  forTherapists: {
    step: "Before or at intake",
    use: "A private reflection on six common signs, to bring to the first session. Not a diagnosis.",
  },
};
