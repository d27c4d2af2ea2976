import { FIELDS } from "./schema";
import en from "./words/en.json";

/** The fields' names and the entry title, for the session summary (read on the server). */
export const summaryNames = () => ({
  ...Object.fromEntries(FIELDS.map((f) => [f, en[f]])),
  therapistNote: en.therapistNote,
  summaryTitle: en.summaryTitle,
  untitled: en.untitled,
});
