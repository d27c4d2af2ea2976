import type { RecordMeta, Tombstone } from "../../schemas/stored/record";

export type Stored<R extends RecordMeta> = R | Tombstone;

export const isTombstone = (r: RecordMeta): r is Tombstone => (r as Tombstone).deleted === true;

/**
 * Merges two record lists by id. The copy with the newer `updatedAt` wins; on
 * a tie a deletion wins, so a delete in one tab is never undone by another.
 * Output is ordered by createdAt, then id, so both tabs converge to the same list.
 */
export function mergeRecords<R extends RecordMeta>(
  a: readonly Stored<R>[],
  b: readonly Stored<R>[],
): Stored<R>[] {
  const byId = new Map<string, Stored<R>>();
  for (const r of a) byId.set(r.id, r);
  for (const r of b) {
    const mine = byId.get(r.id);
    if (
      !mine ||
      r.updatedAt > mine.updatedAt ||
      (r.updatedAt === mine.updatedAt && isTombstone(r))
    ) {
      byId.set(r.id, r);
    }
  }
  return [...byId.values()].sort((x, y) =>
    x.createdAt === y.createdAt ? (x.id < y.id ? -1 : 1) : x.createdAt < y.createdAt ? -1 : 1,
  );
}

/** True when two lists hold the same records in the same order (by id and updatedAt). */
export function sameRecords(a: readonly RecordMeta[], b: readonly RecordMeta[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (r, i) =>
        r.id === b[i]!.id &&
        r.updatedAt === b[i]!.updatedAt &&
        isTombstone(r) === isTombstone(b[i]!),
    )
  );
}

/** The records a person sees: tombstones left out. */
export const live = <R extends RecordMeta>(records: readonly Stored<R>[]): R[] =>
  records.filter((r): r is R => !isTombstone(r));
