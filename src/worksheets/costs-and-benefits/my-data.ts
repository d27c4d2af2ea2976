import { live, madeBefore } from "../../engine/storage/merge";
import type { StoredValue } from "../../engine/storage/record";
import type { Say } from "../../engine/core/words";
import type { CostsEntry } from "./schema";

// What My data needs of this worksheet: what a stored value holds, in the words
// of words/my-data.<locale>.json, and what may be archived.

export function describe(value: StoredValue<CostsEntry>, say: Say): string {
  return say("count", { count: live(value.records).length });
}

/** What may be archived: entries made before the cut. */
export const archive = madeBefore<CostsEntry>();
