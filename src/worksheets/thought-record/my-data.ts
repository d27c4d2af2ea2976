import { live, madeBefore } from "../../engine/storage/merge";
import type { StoredValue } from "../../engine/storage/record";
import type { Say } from "../../engine/core/words";
import type { StoredThought } from "./schema";

// What My data needs of this worksheet: what a stored value holds (My data, the
// archive and the import preview), in the words of words/my-data.<locale>.json,
// and what may be archived. Apart from store.ts, so the pages that use the
// store do not load it.

export function describe(value: StoredValue<StoredThought>, say: Say): string {
  const all = live(value.records);
  const n = all.filter((r) => r.kind === "record").length;
  const records = say("count", { count: n });
  return all.length > n ? say("countAndDrafts", { records, count: all.length - n }) : records;
}

/** What may be archived: finished records go; unfinished drafts stay. */
export const archive = madeBefore<StoredThought>((r) => r.kind === "record");
