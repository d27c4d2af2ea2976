import type { WorksheetStore } from "../engine/storage/worksheet-store";
import type { RecordMeta } from "../engine/storage/record";
import type { Codec } from "../engine/storage/codec";
import { homework } from "../engine/homework/store";
import { pick, worksheets } from "./registry";

// Every worksheet's store, for the pages that work on all of them at once
// (My data, import, archive, the session summary). Kept apart from the
// registry so that pages listing worksheets do not load every store.

export interface RegisteredStore {
  title: string;
  store: WorksheetStore<RecordMeta>;
}

const found = import.meta.glob<WorksheetStore<RecordMeta>>("./*/store.ts", {
  eager: true,
  import: "default",
});

/** Every store that holds a person's entries, in the order My data lists them. */
export const worksheetStores: readonly RegisteredStore[] = [
  ...worksheets.map((w) => ({ title: w.title, store: pick(found, w.slug, "store.ts") })),
  {
    title: "Homework from your therapist",
    store: homework as unknown as WorksheetStore<RecordMeta>,
  },
];

export const codecsBySlug: Record<string, Codec<RecordMeta>> = Object.fromEntries(
  worksheetStores.map((s) => [s.store.codec.worksheet, s.store.codec]),
);
