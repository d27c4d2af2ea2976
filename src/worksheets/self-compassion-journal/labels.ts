import type { ENTRY_FIELDS } from "./first-answer";

/**
 * The prompts' ids and a preview of an entry: the little the session
 * summary needs, apart from journal.ts so its page does not load the rest.
 * Their names are in words/en.json (./summary-names.ts).
 */

export type PromptId = (typeof ENTRY_FIELDS)[number];

export { firstAnswer } from "./first-answer";
