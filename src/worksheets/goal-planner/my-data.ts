import { live, madeBefore } from "../../engine/storage/merge";
import type { StoredValue } from "../../engine/storage/record";
import type { Say } from "../../engine/core/words";
import type { GoalPlannerRecord } from "./schema";

// What My data needs of this worksheet: what a stored value holds (My data, the
// archive and the import preview), in the words of words/my-data.<locale>.json,
// and what may be archived. Apart from store.ts, so the pages that use the
// store do not load it.

export function describe(value: StoredValue<GoalPlannerRecord>, say: Say): string {
  const days = new Set(live(value.records).flatMap((r) => (r.kind === "goal" ? [r.day] : []))).size;
  return say("count", { count: days });
}

/** What may be archived: everything but the settings the planner needs to work. */
export const archive = madeBefore<GoalPlannerRecord>((r) => r.kind !== "settings");
