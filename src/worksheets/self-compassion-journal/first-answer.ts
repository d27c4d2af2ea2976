import { ENTRY_FIELDS, type JournalEntry } from "./schema";

type PromptId = (typeof ENTRY_FIELDS)[number];

/** The first answer written, for a short preview of an entry; "" when none. */
export const firstAnswer = (entry: Pick<JournalEntry, PromptId>): string =>
  ENTRY_FIELDS.map((f) => entry[f].trim()).find((a) => a !== "") ?? "";
