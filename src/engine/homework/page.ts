import type { WorksheetManifest } from "../../worksheets/manifest";
import type { Words } from "../core/words";
import { site } from "../../site.config";
import shared from "./words/en.json";
import { homeworkWords } from "./words";

/**
 * The props every worksheet's homework island takes, for its
 * HomeworkPage.astro: its short name, the shared homework words with its own
 * `homework…` ones, and the locale. Read on the server only. (The island
 * itself stays in each folder's HomeworkPage.astro: Astro can hydrate only
 * a component it sees imported, so it cannot be passed in.)
 */
export const homeworkPageProps = (manifest: WorksheetManifest, mine: Words) => ({
  title: manifest.title,
  words: homeworkWords(shared, mine),
  locale: site.lang,
});
