import type { RecordMeta, StoredValue } from "../storage/record";
import { isTombstone, mergeRecords, type Stored } from "../storage/merge";
import type { Outcome, WorksheetStore } from "../storage/worksheet-store";
import { getEngine } from "../storage/engine";
import { partOf } from "../storage/keys";

// Whole-store operations for My data (import, replace, delete). Apart from
// worksheet-store.ts so that worksheet pages, which never need them, do not load them.

/** Merge another value (an import, another tab) into this one by id. */
export function mergeInto<R extends RecordMeta>(
  store: WorksheetStore<R>,
  value: StoredValue<R>,
): Outcome {
  store.sync();
  const now = store.stamp();
  return store.write((records) => {
    // An archived entry comes back from its archive file, however old the file's copy.
    const archived = new Set(records.filter((r) => "archived" in r && r.archived).map((r) => r.id));
    const incoming = value.records.map((r) =>
      archived.has(r.id) && !isTombstone(r) ? { ...r, updatedAt: now } : r,
    );
    return mergeRecords(records, incoming);
  });
}

/** Replace everything with this value (import, "replace"). */
export function replaceAll<R extends RecordMeta>(
  store: WorksheetStore<R>,
  value: StoredValue<R>,
): Outcome {
  store.sync();
  // Tombstone what the new value lacks, and make its copies the newest, so a
  // tab still holding the old records cannot merge them back.
  const now = store.stamp();
  return store.write((records) => {
    const incoming = new Map(value.records.map((r) => [r.id, r]));
    const mine = new Map(records.map((r) => [r.id, r]));
    const gone: Stored<R>[] = records
      .filter((r) => !incoming.has(r.id))
      .map((r) => ({ id: r.id, createdAt: r.createdAt, updatedAt: now, deleted: true as const }));
    const kept = value.records.map((r) => {
      const m = mine.get(r.id);
      return m && m.updatedAt >= r.updatedAt ? { ...r, updatedAt: now } : r;
    });
    return mergeRecords(gone, kept);
  });
}

/**
 * Archives what the worksheet allows (`rule`, from its my-data.ts) that is
 * older than `before` (an ISO time): the records become tombstones marked
 * `archived`, so other tabs let them go, and importing the archive file
 * brings them back. Returns the records taken.
 */
export function archiveStore<R extends RecordMeta>(
  store: WorksheetStore<R>,
  before: string,
  rule?: (records: readonly R[], before: string) => R[],
): R[] {
  const taken = rule?.(store.$records.get(), before) ?? [];
  store.removeMany(
    taken.map((r) => r.id),
    true,
  );
  return taken;
}

/** Characters this worksheet's keys take in storage. */
export function storeSize(store: WorksheetStore<RecordMeta>): number {
  const engine = getEngine();
  let n = 0;
  for (const k of engine.keys())
    if (partOf(store.codec.worksheet, k) !== null) n += k.length + (engine.read(k)?.length ?? 0);
  return n;
}

/** Forget everything stored for this worksheet (My data, "delete"). */
export function clearStore<R extends RecordMeta>(store: WorksheetStore<R>): void {
  store.clear();
}
