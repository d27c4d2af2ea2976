import { live, madeBefore } from "../../engine/storage/merge";
import type { StoredValue } from "../../engine/storage/record";
import type { GoalPlannerRecord } from "./schema";

// What My data needs of this worksheet: what a stored value holds (My data, the
// archive and the import preview) and what may be archived. Apart from store.ts,
// so the pages that use the store do not load it.

export function describe(value: StoredValue<GoalPlannerRecord>): string {
  const days = new Set(live(value.records).flatMap((r) => (r.kind === "goal" ? [r.day] : []))).size;
  return `${days} ${days === 1 ? "day" : "days"} of goals`;
}

/** What may be archived: everything but the settings the planner needs to work. */
export const archive = madeBefore<GoalPlannerRecord>((r) => r.kind !== "settings");
