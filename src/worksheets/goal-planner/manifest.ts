import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "goal-planner",
  title: "Good-enough goal planner",
  version: VERSION,
  assignable: true,
};
