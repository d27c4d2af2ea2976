import { atom, computed, type ReadableAtom, type WritableAtom } from "nanostores";
import { persistentAtom } from "@nanostores/persistent";
import type { RecordMeta, StoredValue } from "../schemas/stored/record";
import type { Codec } from "../lib/storage/codec";
import { quarantineKey, storageKey } from "../lib/storage/keys";
import { isTombstone, live, mergeRecords, sameRecords, type Stored } from "../lib/storage/merge";
import { newId } from "../lib/ids";
import { getEngine } from "./engine";
import { listQuarantined } from "./quarantine";

export interface QuarantineEvent {
  worksheet: string;
  key: string;
  reason: string;
}

/** Values this tab could not read and set aside, for the notice on the worksheet page. */
export const $quarantined = atom<QuarantineEvent[]>([]);

/** A record without the fields the store stamps; distributes over a union of record kinds. */
type Content<R extends RecordMeta> = R extends unknown ? Omit<R, keyof RecordMeta> : never;
type Patch<R extends RecordMeta> = R extends unknown ? Partial<Omit<R, keyof RecordMeta>> : never;

export interface WorksheetStore<R extends RecordMeta> {
  codec: Codec<R>;
  key: string;
  /** The whole stored value, tombstones included. */
  $value: WritableAtom<StoredValue<R>>;
  /** The live records a person sees. */
  $records: ReadableAtom<R[]>;
  create(content: Content<R>, id?: string): R;
  update(id: string, patch: Patch<R>): R | null;
  remove(id: string): void;
  /** Applies a change to the records, after merging in what is stored (used by the functions below). */
  write(change: (records: Stored<R>[]) => Stored<R>[]): void;
  /** The store's clock, as an ISO time. */
  stamp(): string;
}

/**
 * One persistent store per worksheet, on @nanostores/persistent (storage
 * engine and tab sync). It adds what a health app needs on top:
 * - decoding validates and migrates; an unreadable value is copied to a
 *   quarantine key, never dropped, and the worksheet starts empty;
 * - a value arriving from another tab is merged by id with this tab's, and
 *   written back if this tab had something the other lacked, so both tabs
 *   converge on every record;
 * - every write first merges with what is stored, for the same reason.
 */
export function createWorksheetStore<R extends RecordMeta>(
  codec: Codec<R>,
  clock: () => Date = () => new Date(),
): WorksheetStore<R> {
  const key = storageKey(codec.worksheet);
  let store: WritableAtom<StoredValue<R>> | undefined;

  const quarantine = (raw: string, reason: string): void => {
    const engine = getEngine();
    // Another tab may have set this same value aside already.
    const existing = listQuarantined().find(
      (q) => q.worksheet === codec.worksheet && q.raw === raw,
    );
    const qKey = existing?.key ?? quarantineKey(codec.worksheet, clock());
    if (!existing) engine[qKey] = raw;
    // Only clear the damaged value once its copy is safely kept.
    if (engine[qKey] === raw) delete engine[key];
    $quarantined.set([...$quarantined.get(), { worksheet: codec.worksheet, key: qKey, reason }]);
  };

  const decode = (raw: string): StoredValue<R> => {
    // A removed key arrives as null or undefined, depending on the engine.
    if (typeof raw !== "string") return codec.empty();
    const result = codec.decode(raw);
    if (!result.ok) {
      quarantine(raw, result.error.message);
      return store?.get() ?? codec.empty();
    }
    if (!store) return result.value;
    // A value from another tab: keep what this tab has that it lacks.
    const merged = {
      version: codec.version,
      records: mergeRecords(store.get().records, result.value.records),
    };
    if (!sameRecords(merged.records, result.value.records))
      queueMicrotask(() => store!.set(merged));
    return merged;
  };

  store = persistentAtom<StoredValue<R>>(key, codec.empty(), { encode: codec.encode, decode });
  const $value = store;

  const storedNow = (): Stored<R>[] => {
    const raw = getEngine()[key];
    if (raw === undefined) return [];
    const r = codec.decode(raw);
    return r.ok ? r.value.records : [];
  };

  const write = (change: (records: Stored<R>[]) => Stored<R>[]) => {
    const base = mergeRecords($value.get().records, storedNow());
    $value.set({ version: codec.version, records: change(base) });
  };

  const stamp = () => clock().toISOString();

  return {
    codec,
    key,
    $value,
    $records: computed($value, (v) => live(v.records)),
    create(content, id = newId()) {
      const now = stamp();
      const record = { ...content, id, createdAt: now, updatedAt: now } as unknown as R;
      write((records) => [...records.filter((r) => r.id !== id), record]);
      return record;
    },
    update(id, patch) {
      let updated: R | null = null;
      write((records) =>
        records.map((r) => {
          if (r.id !== id || isTombstone(r)) return r;
          updated = { ...r, ...patch, id, createdAt: r.createdAt, updatedAt: stamp() } as R;
          return updated;
        }),
      );
      return updated;
    },
    remove(id) {
      write((records) =>
        records.map((r) =>
          r.id === id ? { id, createdAt: r.createdAt, updatedAt: stamp(), deleted: true } : r,
        ),
      );
    },
    write,
    stamp,
  };
}

// Import and delete live outside the store object, so the worksheet pages,
// which never use them, do not carry them.
