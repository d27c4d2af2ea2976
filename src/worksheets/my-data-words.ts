import type { Words } from "../engine/core/words";
import homework from "../engine/homework/words/my-data.en.json";
import { pick, worksheets } from "./registry";

const found = import.meta.glob<Words>("./*/words/my-data.en.json", {
  eager: true,
  import: "default",
});

/**
 * Every store's My data words by worksheet (read on the server, passed to the
 * My data, import and archive islands): its title, from the manifest, and
 * how to say what it holds, from the folder's words/my-data.en.json.
 */
export const myDataWords = (): Record<string, Words> => ({
  ...Object.fromEntries(
    worksheets.map((w) => [
      w.slug,
      { title: w.title, ...pick(found, w.slug, "words/my-data.en.json") },
    ]),
  ),
  homework,
});
