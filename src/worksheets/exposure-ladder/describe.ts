import { live } from "../../engine/storage/merge";
import type { StoredValue } from "../../engine/storage/record";
import type { ExposureLadderRecord } from "./schema";

// What My data, the archive and the import preview say a stored value holds.
// Apart from store.ts, so the pages that use the store do not load it.

export function describe(value: StoredValue<ExposureLadderRecord>): string {
  const rs = live(value.records);
  const n = (kind: string) => rs.filter((r) => r.kind === kind).length;
  const ladders = n("ladder");
  return `${ladders} exposure ${ladders === 1 ? "ladder" : "ladders"} (${n("step")} steps, ${n("practice")} practices)`;
}
