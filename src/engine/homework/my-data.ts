import { live, madeBefore } from "../storage/merge";
import type { StoredValue } from "../storage/record";
import type { Say } from "../core/words";
import type { AssignmentRecord } from "./schema";

// What My data needs of this worksheet: what a stored value holds (My data, the
// archive and the import preview), in the words of words/my-data.<locale>.json,
// and what may be archived. Apart from store.ts, so the pages that use the
// store do not load it.

export function describe(value: StoredValue<AssignmentRecord>, say: Say): string {
  return say("count", { count: live(value.records).length });
}

/** What may be archived: records made before the cut. */
export const archive = madeBefore<AssignmentRecord>();
