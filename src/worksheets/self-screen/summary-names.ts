import { instrument } from "./instrument";
import text from "./words/summary.en.json";

/**
 * The domain names by id, and the summary's own words (words/summary.en.json,
 * camelCase keys, so no domain id can clash), for the session summary (read
 * on the server).
 */
export const summaryNames = (): Record<string, string> => ({
  ...Object.fromEntries(instrument.domains.map((d) => [d.id, d.name])),
  ...text,
});
