import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "goal-planner",
  title: "Good-enough goal planner",
  version: VERSION,
  assignable: true,
  forTherapists: {
    step: "Early CBT: realistic goals",
    use: "A few goals a day, each with a finish line written before starting, and a short reflection.",
  },
};
