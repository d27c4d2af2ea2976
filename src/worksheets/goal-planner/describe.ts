import { live } from "../../engine/storage/merge";
import type { StoredValue } from "../../engine/storage/record";
import type { GoalPlannerRecord } from "./schema";

// What My data, the archive and the import preview say a stored value holds.
// Apart from store.ts, so the pages that use the store do not load it.

export function describe(value: StoredValue<GoalPlannerRecord>): string {
  const days = new Set(live(value.records).flatMap((r) => (r.kind === "goal" ? [r.day] : []))).size;
  return `${days} ${days === 1 ? "day" : "days"} of goals`;
}
