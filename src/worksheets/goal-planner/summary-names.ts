import text from "./words/summary.en.json";

/** The summary's labels, title and goal statuses (words/summary.en.json), read on the server. */
export const summaryNames = (): Record<string, string> => ({ ...text });
