import type { JournalEntry } from "./schema";

/** The four prompt fields of an entry, in form order. */
export const ENTRY_FIELDS = [
  "whatHappened",
  "whatISaid",
  "whatIdSayToAFriend",
  "strength",
] as const;

type PromptId = (typeof ENTRY_FIELDS)[number];

/** The first answer written, for a short preview of an entry; "" when none. */
export const firstAnswer = (entry: Pick<JournalEntry, PromptId>): string =>
  ENTRY_FIELDS.map((f) => entry[f].trim()).find((a) => a !== "") ?? "";
