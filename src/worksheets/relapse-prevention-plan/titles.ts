import { sectionsFrom, type PlanPartId } from "./plan";
import type { Words } from "../../engine/core/words";
import en from "./words/en.json";

/**
 * The plan's parts by title, in page order, from the worksheet's words
 * (`<part>Title` in words/<locale>.json). Read on the server and passed to the
 * homework island and the session summary, so only these words reach them.
 */
export const titlesFrom = (words: Words): Record<PlanPartId, string> =>
  Object.fromEntries(sectionsFrom(words).map((p) => [p.id, p.title])) as Record<PlanPartId, string>;

/** The titles in English. */
export const TITLES = titlesFrom(en);
