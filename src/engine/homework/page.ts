import type { Words } from "../core/words";
import { site } from "../../site.config";
import shared from "./words/en.json";
import { homeworkWords } from "./words";

/** What /worksheets/<slug>/homework/ hands a folder's HomeworkPage.astro. */
export interface HomeworkPageProps {
  /** The worksheet's name as its pages show it (content/worksheets/<slug>.mdx). */
  title: string;
}

/**
 * The props every worksheet's homework island takes, for its
 * HomeworkPage.astro: the name the page shows, the shared homework words with
 * its own `homework…` ones, and the locale. Read on the server only. (The
 * island itself stays in each folder's HomeworkPage.astro: Astro can hydrate
 * only a component it sees imported, so it cannot be passed in.)
 */
export const homeworkPageProps = ({ title }: HomeworkPageProps, mine: Words) => ({
  title,
  words: homeworkWords(shared, mine),
  locale: site.lang,
});
