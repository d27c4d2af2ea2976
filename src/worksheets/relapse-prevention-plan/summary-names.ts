import { TITLES } from "./titles";

/** The plan's part titles, in page order, for the session summary (read on the server). */
export const summaryNames = () => ({ ...TITLES });
