// Only the id at run time: page-data.ts builds the words on the server.
import { PAGE_DATA_ID } from "./data-id";
import type { PageData } from "./page-data";

/** The templates and words the page rendered as JSON (see page-data.ts). */
export const data = JSON.parse(
  document.getElementById(PAGE_DATA_ID)?.textContent ?? "null",
) as PageData;
