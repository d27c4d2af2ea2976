import type { PageData } from "./page-data";
import { PAGE_DATA_ID } from "./data-id";

/** The steps, words and thinking traps the page rendered as JSON (see page-data.ts). */
export const data = JSON.parse(
  document.getElementById(PAGE_DATA_ID)?.textContent ?? "null",
) as PageData;
