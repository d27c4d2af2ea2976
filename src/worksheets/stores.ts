import type { WorksheetStore } from "../engine/storage/worksheet-store";
import type { RecordMeta } from "../engine/storage/record";
import type { ImportTarget } from "../engine/my-data/import";
import type { StoredValue } from "../engine/storage/record";
import { homework } from "../engine/homework/store";
import {
  archive as homeworkArchive,
  describe as homeworkDescribe,
} from "../engine/homework/my-data";
import { pick, worksheets } from "./registry";
import { words, type Say, type Words } from "../engine/core/words";

// Every worksheet's store, for the pages that work on all of them at once
// (My data, import, archive, the session summary). Kept apart from the
// registry so that pages listing worksheets do not load every store.

type Describe = (value: StoredValue<RecordMeta>, say: Say) => string;
type Archive = (records: readonly RecordMeta[], before: string) => RecordMeta[];

export interface RegisteredStore {
  store: WorksheetStore<RecordMeta>;
  /** What a stored value holds, e.g. "2 screen results" (the folder's my-data.ts), in its words. */
  describe: Describe;
  /** Which live records may be archived when the person archives what is older than `before`
   * (an ISO time): whole units only, never what the worksheet needs to work. Undefined: nothing. */
  archive?: Archive | undefined;
}

const found = import.meta.glob<WorksheetStore<RecordMeta>>("./*/store.ts", {
  eager: true,
  import: "default",
});
// Each export on its own: a whole-module glob would build a namespace object per folder.
const describers = import.meta.glob<Describe>("./*/my-data.ts", {
  eager: true,
  import: "describe",
});
const archivers = import.meta.glob<Archive | undefined>("./*/my-data.ts", {
  eager: true,
  import: "archive",
});

/** Every store that holds a person's entries, in the order My data lists them. */
export const worksheetStores: readonly RegisteredStore[] = [
  ...worksheets.map((w) => ({
    store: pick(found, w.slug, "store.ts"),
    describe: pick(describers, w.slug, "my-data.ts"),
    archive: archivers[`./${w.slug}/my-data.ts`],
  })),
  {
    store: homework as unknown as WorksheetStore<RecordMeta>,
    describe: homeworkDescribe as unknown as Describe,
    archive: homeworkArchive as unknown as Archive,
  },
];

/** A store in words: its title, and what a value of it holds (its value now when none is given). */
export interface Named {
  title: string;
  says: (value?: StoredValue<RecordMeta>) => string;
}

/**
 * Names each store in the page's words: `sheets` is every store's My data
 * words by worksheet, from ./my-data-words.ts on the server.
 */
export const naming =
  (sheets: Readonly<Record<string, Words>>, locale: string) =>
  (s: RegisteredStore): Named => {
    const say = words(sheets[s.store.codec.worksheet] ?? {}, locale);
    return { title: say("title"), says: (v = s.store.$value.get()) => s.describe(v, say) };
  };

/** Every store's codec by worksheet, with what a value holds in the page's words, for import. */
export const importTargets = (name: (s: RegisteredStore) => Named): Record<string, ImportTarget> =>
  Object.fromEntries(
    worksheetStores.map((s) => [
      s.store.codec.worksheet,
      { ...s.store.codec, describe: name(s).says },
    ]),
  );
