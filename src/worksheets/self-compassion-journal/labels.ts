import { ENTRY_FIELDS, type JournalEntry } from "./schema";

/**
 * The prompts' names and a preview of an entry: the little the session
 * summary needs, apart from journal.ts so its page does not load the rest.
 */

export type PromptId = (typeof ENTRY_FIELDS)[number];

/** The prompts' names, in form order (PROMPTS adds a hint to each). */
export const PROMPT_LABELS: Readonly<Record<PromptId, string>> = {
  whatHappened: "What happened",
  whatISaid: "What I said to myself",
  whatIdSayToAFriend: "What I would say to a friend",
  strength: "One strength I used today",
};

/** The first answer written, for a short preview of an entry; "" when none. */
export const firstAnswer = (entry: Pick<JournalEntry, PromptId>): string =>
  ENTRY_FIELDS.map((f) => entry[f].trim()).find((a) => a !== "") ?? "";
