import { live, madeBefore } from "../../engine/storage/merge";
import type { StoredValue } from "../../engine/storage/record";
import type { Say } from "../../engine/core/words";
import type { CycleEntry } from "./schema";

// What My data needs of this worksheet: what a stored value holds, in the words of
// words/my-data.<locale>.json, and what may be archived. Apart from store.ts.

export function describe(value: StoredValue<CycleEntry>, say: Say): string {
  return say("count", { count: live(value.records).length });
}

/** What may be archived: cycles drawn before the cut. */
export const archive = madeBefore<CycleEntry>();
