import { PARTS } from "./parts";
import en from "./words/en.json";

/** The parts' names, the note's and the entry title, for the session summary (read on the server). */
export const summaryNames = () => ({
  ...Object.fromEntries(PARTS.map((p) => [p, en[p]])),
  note: en.note,
  summaryTitle: en.summaryTitle,
});
