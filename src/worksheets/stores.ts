import type { WorksheetStore } from "../engine/storage/worksheet-store";
import type { RecordMeta } from "../engine/storage/record";
import type { ImportTarget } from "../engine/my-data/import";
import type { StoredValue } from "../engine/storage/record";
import { homework } from "../engine/homework/store";
import { describe as describeHomework } from "../engine/homework/describe";
import { pick, worksheets } from "./registry";

// Every worksheet's store, for the pages that work on all of them at once
// (My data, import, archive, the session summary). Kept apart from the
// registry so that pages listing worksheets do not load every store.

type Describe = (value: StoredValue<RecordMeta>) => string;

export interface RegisteredStore {
  title: string;
  store: WorksheetStore<RecordMeta>;
  /** What a stored value holds, e.g. "2 screen results" (the folder's describe.ts). */
  describe: Describe;
}

const found = import.meta.glob<WorksheetStore<RecordMeta>>("./*/store.ts", {
  eager: true,
  import: "default",
});
const described = import.meta.glob<Describe>("./*/describe.ts", {
  eager: true,
  import: "describe",
});

/** Every store that holds a person's entries, in the order My data lists them. */
export const worksheetStores: readonly RegisteredStore[] = [
  ...worksheets.map((w) => ({
    title: w.title,
    store: pick(found, w.slug, "store.ts"),
    describe: pick(described, w.slug, "describe.ts"),
  })),
  {
    title: "Homework from your therapist",
    store: homework as unknown as WorksheetStore<RecordMeta>,
    describe: describeHomework as Describe,
  },
];

export const codecsBySlug: Record<string, ImportTarget> = Object.fromEntries(
  worksheetStores.map((s) => [s.store.codec.worksheet, { ...s.store.codec, describe: s.describe }]),
);
