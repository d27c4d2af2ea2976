import { ENTRY_FIELDS } from "./first-answer";
import en from "./words/en.json";

/** The prompts' names and the entry title, for the session summary (read on the server). */
export const summaryNames = () => ({
  ...Object.fromEntries(ENTRY_FIELDS.map((f) => [f, en[f]])),
  summaryTitle: en.summaryTitle,
});
