import { countWords, mdxToProse } from "./readability";

/** Minutes to read at an unhurried 200 words a minute, never less than 1. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / 200));
}

/** Articles longer than this get a table of contents. */
export const TOC_MIN_WORDS = 900;

export function articleWordCount(mdxBody: string): number {
  return countWords(mdxToProse(mdxBody));
}
