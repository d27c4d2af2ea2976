import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "self-screen",
  title: "Self-screen",
  version: VERSION,
  assignable: true,
};
