import { live, madeBefore } from "../../engine/storage/merge";
import type { StoredValue } from "../../engine/storage/record";
import type { Say } from "../../engine/core/words";
import type { JournalEntry } from "./schema";

// What My data needs of this worksheet: what a stored value holds (My data, the
// archive and the import preview), in the words of words/my-data.<locale>.json,
// and what may be archived. Apart from store.ts, so the pages that use the
// store do not load it.

export function describe(value: StoredValue<JournalEntry>, say: Say): string {
  return say("count", { count: live(value.records).length });
}

/** What may be archived: records made before the cut. */
export const archive = madeBefore<JournalEntry>();
