import { live } from "../../engine/storage/merge";
import type { StoredValue } from "../../engine/storage/record";
import type { ExperimentRecord } from "./schema";

// What My data, the archive and the import preview say a stored value holds.
// Apart from store.ts, so the pages that use the store do not load it.

export function describe(value: StoredValue<ExperimentRecord>): string {
  const n = live(value.records).length;
  return `${n} ${n === 1 ? "experiment" : "experiments"}`;
}
