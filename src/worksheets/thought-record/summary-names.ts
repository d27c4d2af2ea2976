import { getCollection } from "astro:content";
import text from "./words/summary.en.json";

/**
 * The glossary's thinking-trap names by id, and the summary's own words
 * (words/summary.en.json, camelCase keys, so no trap id can clash), for the
 * session summary (read on the server).
 */
export const summaryNames = async (): Promise<Record<string, string>> => ({
  ...Object.fromEntries((await getCollection("distortions")).map((d) => [d.id, d.data.name])),
  ...text,
});
