import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "goal-planner",
  title: "Goal planner",
  version: VERSION,
  assignable: true,
};
