import type { Distortion } from "./distortions";
import { STEPS } from "./record";
import { FEELING_WORDS, FIELD_WORDS } from "./words";
import { MESSAGES } from "./messages";

export { PAGE_DATA_ID } from "./data-id";

/** A thinking trap as the picker shows it: from the glossary, content/distortions.json. */
export type TrapChoice = Pick<Distortion, "id" | "name" | "summary">;

/**
 * The worksheet's fixed words and the thinking traps. The page renders them
 * as JSON (data, not code), so they cost no JavaScript. The traps come from
 * the glossary collection the article uses, so they are defined once.
 */
export const buildPageData = (traps: readonly TrapChoice[]) => ({
  steps: STEPS,
  words: FIELD_WORDS,
  feelings: FEELING_WORDS,
  messages: MESSAGES,
  traps: traps.map(({ id, name, summary }) => ({ id, name, summary })),
});
export type PageData = ReturnType<typeof buildPageData>;

/** JSON safe to place inside a <script type="application/json"> element. */
export const pageDataJson = (traps: readonly TrapChoice[]): string =>
  JSON.stringify(buildPageData(traps)).replace(/</g, "\\u003c");
