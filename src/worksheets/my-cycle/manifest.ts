import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "my-cycle",
  title: "My cycle",
  version: VERSION,
  assignable: true,
};
