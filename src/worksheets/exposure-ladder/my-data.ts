import { live } from "../../engine/storage/merge";
import type { StoredValue } from "../../engine/storage/record";
import type { Say } from "../../engine/core/words";
import type { ExposureLadderRecord } from "./schema";

// What My data needs of this worksheet: what a stored value holds (My data, the
// archive and the import preview), in the words of words/my-data.<locale>.json,
// and what may be archived. Apart from store.ts, so the pages that use the
// store do not load it.

export function describe(value: StoredValue<ExposureLadderRecord>, say: Say): string {
  const rs = live(value.records);
  const n = (kind: string) => rs.filter((r) => r.kind === kind).length;
  return say("count", {
    count: n("ladder"),
    steps: say("steps", { count: n("step") }),
    practices: say("practices", { count: n("practice") }),
  });
}

/** What may be archived: a ladder goes whole, with its steps and practices, once none of it is newer than the cut. */
export function archive(
  records: readonly ExposureLadderRecord[],
  before: string,
): ExposureLadderRecord[] {
  const ladderOf = new Map<string, string>();
  for (const r of records) if (r.kind === "step") ladderOf.set(r.id, r.ladderId);
  const group = (r: ExposureLadderRecord) =>
    r.kind === "ladder" ? r.id : r.kind === "step" ? r.ladderId : (ladderOf.get(r.stepId) ?? "");
  const latest = new Map<string, string>();
  for (const r of records) {
    const g = group(r);
    if ((latest.get(g) ?? "") < r.updatedAt) latest.set(g, r.updatedAt);
  }
  return records.filter((r) => (latest.get(group(r)) ?? before) < before);
}
