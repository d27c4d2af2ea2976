import text from "./words/summary.en.json";

/** The summary's labels and sentences (words/summary.en.json), read on the server. */
export const summaryNames = (): Record<string, string> => ({ ...text });
