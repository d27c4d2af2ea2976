import { live, madeBefore } from "../../engine/storage/merge";
import type { StoredValue } from "../../engine/storage/record";
import type { JournalEntry } from "./schema";

// What My data needs of this worksheet: what a stored value holds (My data, the
// archive and the import preview) and what may be archived. Apart from store.ts,
// so the pages that use the store do not load it.

export function describe(value: StoredValue<JournalEntry>): string {
  const n = live(value.records).length;
  return `${n} journal ${n === 1 ? "entry" : "entries"}`;
}

/** What may be archived: records made before the cut. */
export const archive = madeBefore<JournalEntry>();
