import type { ENTRY_FIELDS } from "./schema";

/**
 * The prompts' names and a preview of an entry: the little the session
 * summary needs, apart from journal.ts so its page does not load the rest.
 */

export type PromptId = (typeof ENTRY_FIELDS)[number];

/**
 * The prompts' names, in form order, for the session summary (summary.ts).
 * The journal's own pages read them, with their hints, from words/en.json.
 */
export const PROMPT_LABELS: Readonly<Record<PromptId, string>> = {
  whatHappened: "What happened",
  whatISaid: "What I said to myself",
  whatIdSayToAFriend: "What I would say to a friend",
  strength: "One strength I used today",
};

export { firstAnswer } from "./first-answer";
