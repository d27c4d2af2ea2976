import type { WorksheetManifest } from "../manifest";
import { VERSION } from "./schema";

export const manifest: WorksheetManifest = {
  slug: "costs-and-benefits",
  title: "Costs and benefits of changing",
  version: VERSION,
  assignable: true,
};
