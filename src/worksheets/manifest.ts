/**
 * What a worksheet folder tells the rest of the site about itself. Each
 * `src/worksheets/<slug>/manifest.ts` exports one, and `registry.ts` lists
 * the folders.
 *
 * Beside the manifest, a folder's parts are found by their file names, so a
 * page loads only the part it needs (a loader on the manifest would put every
 * worksheet's code on every page that reads the registry):
 *
 * | file                 | what                                                        | used by                        |
 * | -------------------- | ----------------------------------------------------------- | ------------------------------ |
 * | `schema.ts`          | stored shape, `VERSION` and `migrations`                    | the store                      |
 * | `store.ts`           | the store (default export) and its actions                  | islands, My data, summary      |
 * | `words/<locale>.json`| every sentence the worksheet shows                          | its pages and islands          |
 * | `pages/index.astro`  | its page; other `pages/<part>.astro` are its sub-pages      | /worksheets/<slug>/[<part>/]   |
 * | `Blank.astro`        | the blank copy to print                                     | /worksheets/<slug>/print/      |
 * | `HomeworkPage.astro` | its homework island (assignable worksheets)                 | /worksheets/<slug>/homework/   |
 * | `prefill.ts`         | the link's pre-fill schema and how it becomes records       | homework links, the builder    |
 * | `PrefillForm.tsx`    | the builder's pre-fill fields (optional)                    | /for-therapists/               |
 * | `summary.ts`         | `summaryEntries(records, names)` for the session summary    | /my-data/summary/              |
 * | `summary-names.ts`   | `summaryNames()`, names the summary needs (optional)        | /my-data/summary/ (server)     |
 * | `my-data.ts`         | `describe(value, say)` ("2 notes") and `archive`, what may go (`undefined`: nothing) | My data, import, archive |
 * | `words/my-data.en.json` | the words `describe` says a value's counts in             | My data, import, archive (server) |
 */
export interface WorksheetManifest {
  /** URL segment (/worksheets/<slug>/) and storage key stem (goodenough:<slug>/…). */
  slug: string;
  /**
   * Its short name, as My data and the session summary list it. The page's
   * heading and description come from content/worksheets/<slug>.mdx.
   */
  title: string;
  /** The stored shape's current version (schema.ts `VERSION`). */
  version: number;
  /** Whether a therapist can assign it by link; if so it has homework and print pages. */
  assignable: boolean;
}
