import type { RecordMeta } from "../storage/record";
import type { WorksheetStore } from "../storage/worksheet-store";

/**
 * Deletes records in one write, as `removeMany` does (tombstones kept), and
 * returns the undo: it brings each one back exactly as it was, stamped newer
 * than its tombstone so the restored copy wins a merge in every tab, and says
 * true when all are live again. Kept out of the store itself, so pages that
 * never offer Undo do not load it.
 */
export function removeWithUndo<R extends RecordMeta>(
  store: WorksheetStore<R>,
  ids: Iterable<string>,
): () => boolean {
  const gone = new Set(ids);
  const copies = new Map(store.$records.get().map((r) => [r.id, r]));
  store.removeMany(gone);
  return () => {
    const at = store.stamp();
    store.write((records) =>
      records.map((r) => {
        const copy = gone.has(r.id) && "deleted" in r && copies.get(r.id);
        if (!copy) return r;
        const updatedAt =
          at > r.updatedAt ? at : new Date(Date.parse(r.updatedAt) + 1).toISOString();
        return { ...copy, updatedAt };
      }),
    );
    const live = new Set(store.$records.get().map((r) => r.id));
    return [...gone].every((id) => live.has(id));
  };
}
