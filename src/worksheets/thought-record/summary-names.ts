import { getCollection } from "astro:content";

/** The glossary's thinking-trap names by id, for the session summary (read on the server). */
export const summaryNames = async () =>
  Object.fromEntries((await getCollection("distortions")).map((d) => [d.id, d.data.name]));
