import { instrument } from "./instrument";

/** The domain names by id, for the session summary (read on the server). */
export const summaryNames = () => Object.fromEntries(instrument.domains.map((d) => [d.id, d.name]));
