import { TITLES } from "./titles";
import en from "./words/en.json";

/** The plan's part titles, in page order, and the entry's title, for the session summary (read on the server). */
export const summaryNames = () => ({ ...TITLES, summaryTitle: en.summaryTitle });
