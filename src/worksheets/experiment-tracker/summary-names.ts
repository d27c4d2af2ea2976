import en from "./words/en.json";

/** The summary's labels and title (`summary…` in words/en.json), for the session summary (read on the server). */
export const summaryNames = (): Record<string, string> =>
  Object.fromEntries(
    Object.entries(en).filter(
      (e): e is [string, string] => e[0].startsWith("summary") && typeof e[1] === "string",
    ),
  );
