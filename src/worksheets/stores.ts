import type { WorksheetStore } from "../engine/storage/worksheet-store";
import type { RecordMeta } from "../engine/storage/record";
import type { ImportTarget } from "../engine/my-data/import";
import type { StoredValue } from "../engine/storage/record";
import { homework } from "../engine/homework/store";
import * as homeworkMyData from "../engine/homework/my-data";
import { pick, worksheets } from "./registry";

// Every worksheet's store, for the pages that work on all of them at once
// (My data, import, archive, the session summary). Kept apart from the
// registry so that pages listing worksheets do not load every store.

type Describe = (value: StoredValue<RecordMeta>) => string;
type Archive = (records: readonly RecordMeta[], before: string) => RecordMeta[];
/** A folder's my-data.ts: what My data needs of the worksheet. */
interface MyDataParts {
  describe: Describe;
  /** Which live records may be archived when the person archives what is older than `before`
   * (an ISO time): whole units only, never what the worksheet needs to work. None: nothing. */
  archive?: Archive;
}

export interface RegisteredStore {
  title: string;
  store: WorksheetStore<RecordMeta>;
  /** What a stored value holds, e.g. "2 screen results" (the folder's my-data.ts). */
  describe: Describe;
  archive?: Archive | undefined;
}

const found = import.meta.glob<WorksheetStore<RecordMeta>>("./*/store.ts", {
  eager: true,
  import: "default",
});
const myData = import.meta.glob<MyDataParts>("./*/my-data.ts", { eager: true });

/** Every store that holds a person's entries, in the order My data lists them. */
export const worksheetStores: readonly RegisteredStore[] = [
  ...worksheets.map((w) => ({
    title: w.title,
    store: pick(found, w.slug, "store.ts"),
    ...pick(myData, w.slug, "my-data.ts"),
  })),
  {
    title: "Homework from your therapist",
    store: homework as unknown as WorksheetStore<RecordMeta>,
    ...(homeworkMyData as unknown as MyDataParts),
  },
];

export const codecsBySlug: Record<string, ImportTarget> = Object.fromEntries(
  worksheetStores.map((s) => [s.store.codec.worksheet, { ...s.store.codec, describe: s.describe }]),
);
