import type { RecordMeta, Tombstone } from "./record";

export type Stored<R extends RecordMeta> = R | Tombstone;

export const isTombstone = (r: RecordMeta): r is Tombstone => (r as Tombstone).deleted === true;

/**
 * Record order: by createdAt. The store stamps times that strictly increase,
 * so records made in one action keep the order they were given. The id only
 * breaks ties between records made in the same millisecond on two devices
 * (or saved by an old version), so that every tab still converges on one order.
 */
export const byCreation = (x: RecordMeta, y: RecordMeta): number =>
  x.createdAt === y.createdAt
    ? x.id < y.id
      ? -1
      : x.id > y.id
        ? 1
        : 0
    : x.createdAt < y.createdAt
      ? -1
      : 1;

/** True when copy `r` beats copy `mine` of the same record. */
function wins(r: RecordMeta, mine: RecordMeta): boolean {
  if (r.updatedAt !== mine.updatedAt) return r.updatedAt > mine.updatedAt;
  if (isTombstone(r) !== isTombstone(mine)) return isTombstone(r);
  // Two different copies stamped in the same millisecond (two devices): any
  // rule will do, as long as every tab picks the same one.
  return JSON.stringify(r) > JSON.stringify(mine);
}

/**
 * Merges two record lists by id. The copy with the newer `updatedAt` wins; on
 * a tie a deletion wins, so a delete in one tab is never undone by another.
 * Output is in creation order, so both tabs converge to the same list.
 */
export function mergeRecords<R extends RecordMeta>(
  a: readonly Stored<R>[],
  b: readonly Stored<R>[],
): Stored<R>[] {
  const byId = new Map<string, Stored<R>>();
  for (const list of [a, b])
    for (const r of list) {
      const mine = byId.get(r.id);
      if (!mine || wins(r, mine)) byId.set(r.id, r);
    }
  return [...byId.values()].sort(byCreation);
}

/**
 * How long a deletion is remembered. Tombstones exist so that another tab, or
 * an import of an older export, does not bring a deleted entry back. Past this
 * horizon they are pruned: an export older than this may bring back entries
 * deleted before it (the import preview says so).
 */
export const TOMBSTONE_DAYS = 400;
const DAY_MS = 86_400_000;

/** The time before which tombstones are pruned, as an ISO time. */
export const pruneBefore = (now: Date): string =>
  new Date(now.getTime() - TOMBSTONE_DAYS * DAY_MS).toISOString();

/** Drops tombstones older than the horizon; live records are never touched. */
export const compact = <R extends RecordMeta>(records: readonly Stored<R>[], before: string) =>
  records.filter((r) => !isTombstone(r) || r.updatedAt >= before);

/** How far ahead of this device's clock a time may be before it is treated as wrong. */
export const CLOCK_ALLOWANCE_MS = 5 * 60_000;

/**
 * Brings times later than now (plus a small allowance) back to now: a file
 * from a device whose clock runs ahead must not win every later merge.
 * Returns the same array when nothing needed it.
 */
export function clampFuture<R extends RecordMeta>(
  records: readonly Stored<R>[],
  now: Date,
): { records: Stored<R>[]; clamped: number } {
  const limit = new Date(now.getTime() + CLOCK_ALLOWANCE_MS).toISOString();
  const at = now.toISOString();
  let clamped = 0;
  const out = records.map((r) => {
    if (r.updatedAt <= limit && r.createdAt <= limit) return r;
    clamped++;
    return {
      ...r,
      createdAt: r.createdAt > limit ? at : r.createdAt,
      updatedAt: r.updatedAt > limit ? at : r.updatedAt,
    };
  });
  return { records: clamped ? out : (records as Stored<R>[]), clamped };
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

/** The usual archive rule: records made before `before` that pass `only`. */
export const madeBefore =
  <R extends RecordMeta>(only: (r: R) => boolean = () => true) =>
  (records: readonly R[], before: string): R[] =>
    records.filter((r) => r.createdAt < before && only(r));
