import { live } from "../storage/merge";
import type { StoredValue } from "../storage/record";
import type { AssignmentRecord } from "./schema";

// What My data, the archive and the import preview say a stored value holds.
// Apart from store.ts, so the pages that use the store do not load it.

export function describe(value: StoredValue<AssignmentRecord>): string {
  const n = live(value.records).length;
  return `${n} homework ${n === 1 ? "assignment" : "assignments"}`;
}
