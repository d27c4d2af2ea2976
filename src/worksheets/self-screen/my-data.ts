import { live, madeBefore } from "../../engine/storage/merge";
import type { StoredValue } from "../../engine/storage/record";
import type { Say } from "../../engine/core/words";
import type { SelfScreenRecord } from "./schema";

// What My data needs of this worksheet: what a stored value holds (My data, the
// archive and the import preview), in the words of words/my-data.<locale>.json,
// and what may be archived. Apart from store.ts, so the pages that use the
// store do not load it.

export function describe(value: StoredValue<SelfScreenRecord>, say: Say): string {
  return say("count", { count: live(value.records).filter((r) => r.kind === "result").length });
}

/** What may be archived: results go; an unfinished screen stays. */
export const archive = madeBefore<SelfScreenRecord>((r) => r.kind === "result");
