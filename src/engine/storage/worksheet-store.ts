import { atom, type ReadableAtom } from "nanostores";
import { derive } from "../core/derive";
import type { RecordMeta, StoredValue } from "./record";
import type { Codec } from "./codec";
import { monthKey, monthOf, partOf, storageKey, uiKey } from "./keys";
import {
  byCreation,
  clampFuture,
  compact,
  live,
  mergeRecords,
  pruneBefore,
  type Stored,
} from "./merge";
import { newId } from "../core/ids";
import { getEngine, noteUnsaved } from "./engine";
import { setAside } from "./quarantine";
import { parseJsonSafely } from "./json";

export interface QuarantineEvent {
  worksheet: string;
  /** Where the copy is kept; empty when it could not be written. */
  key: string;
  /** False when no copy could be written, so the damaged value was left where it was. */
  kept: boolean;
  /** How many records could not be read, when the rest were kept. */
  dropped: number;
}

/** Values this tab could not read and set aside, for the notice on the worksheet page. */
export const $quarantined = atom<QuarantineEvent[]>([]);

/** Every store this page has loaded, so a storage notice can offer all of them for export. */
export const pageStores: WorksheetStore<RecordMeta>[] = [];

/**
 * The last write a store refused because it could not have been read back,
 * for the page to say so (in the words of StorageNoticeText.astro).
 */
export const $refused = atom<{ worksheet: string } | null>(null);

/**
 * What a write did: "saved" in the browser's storage; "memory" when the browser
 * refused and it lasts only in this tab; "pending" for typed text that is saved
 * after a short pause; "refused" when it would not have read back, so nothing changed.
 */
export type Outcome = "saved" | "memory" | "pending" | "refused";

export interface WriteOptions {
  /** Text being typed: saved after a short pause, and whenever the person leaves the field or page. */
  typing?: boolean;
}

/** A record without the fields the store stamps; distributes over a union of record kinds. */
export type Content<R extends RecordMeta> = R extends unknown ? Omit<R, keyof RecordMeta> : never;
export type Patch<R extends RecordMeta> = R extends unknown
  ? Partial<Omit<R, keyof RecordMeta>>
  : never;

export interface WorksheetStore<R extends RecordMeta> {
  codec: Codec<R>;
  key: string;
  /** The whole value, tombstones included, in creation order. */
  $value: ReadableAtom<StoredValue<R>>;
  /** The live records a person sees. */
  $records: ReadableAtom<R[]>;
  create(content: Content<R>, id?: string): R;
  /**
   * Makes several records in one write; they keep the order given, for good.
   * `ids` fixes the ids of the first records (a singleton such as "settings",
   * or a parent its children point to); a fixed id replaces its old copy, as
   * `create` does.
   */
  createMany(contents: readonly Content<R>[], ids?: readonly string[]): R[];
  update(id: string, patch: Patch<R>, options?: WriteOptions): R | null;
  remove(id: string): void;
  /**
   * Deletes several records in one write. `archived` marks them as moved to an
   * archive file (My data's archive), so importing that file brings them back.
   * To offer Undo, delete with `removeWithUndo` (src/engine/ui/undo.ts).
   */
  removeMany(ids: Iterable<string>, archived?: boolean): void;
  /** Applies a change to all records (tombstones included) in one write; every changed record is checked first. */
  write(change: (records: Stored<R>[]) => Stored<R>[], options?: WriteOptions): Outcome;
  /** Saves typed text that is still waiting for its pause. */
  flush(): Outcome;
  /** Forgets everything stored for this worksheet. */
  clear(): void;
  /** Merges in what other tabs saved, now rather than when their event arrives. */
  sync(): void;
  /** The store's clock as an ISO time; strictly increasing, so records made in one action keep their order. */
  stamp(): string;
}

/**
 * Adds to `into` the months whose records differ between two lists in creation
 * order. The lists are mostly the same objects, so one walk by identity finds
 * the few that changed without hashing every record.
 */
function changedMonths(
  before: readonly RecordMeta[],
  after: readonly RecordMeta[],
  into: Set<string>,
): void {
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const a = before[i];
    const b = after[j];
    if (a === b) {
      i++;
      j++;
    } else if (a && b && a.id === b.id) {
      into.add(monthOf(a.createdAt)).add(monthOf(b.createdAt));
      i++;
      j++;
    } else if (a && (!b || byCreation(a, b) < 0)) {
      into.add(monthOf(a.createdAt));
      i++;
    } else {
      into.add(monthOf(b!.createdAt));
      j++;
    }
  }
}

/** True when records are in strict creation order with no id twice, as mergeRecords would leave them. */
function inOrder(records: readonly RecordMeta[]): boolean {
  const ids = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if ((i > 0 && byCreation(records[i - 1]!, r) >= 0) || ids.has(r.id)) return false;
    ids.add(r.id);
  }
  return true;
}

/** The records made in one month ("YYYY-MM"), from a list in creation order. */
function monthRun<T extends RecordMeta>(records: readonly T[], month: string): T[] {
  const first = (key: string) => {
    let lo = 0;
    let hi = records.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (records[mid]!.createdAt < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // "~" sorts after every character of an ISO time, so this is the month's end.
  return records.slice(first(month), first(`${month}~`));
}

const TYPING_PAUSE_MS = 400;
/**
 * Set by `npm run bench:data` only: each write is then timed with the User
 * Timing API. Its build alone has import.meta.env.BENCH (astro.config.mjs), so
 * the site's own build drops the timing code.
 */
const MEASURE_KEY = uiKey("measure");
const later = (a: string, b: string) => (a > b ? a : new Date(Date.parse(b) + 1).toISOString());

/**
 * One store per worksheet, on a nanostores atom. It adds what a health app
 * needs on top:
 * - records are stored a month to a key, so a save rewrites one month;
 * - every record written is checked with the schema that reads it back;
 * - a value that cannot be read is copied to a quarantine key (checked in
 *   storage), keeping every record that still reads; when no copy fits, the
 *   value is left untouched and never overwritten;
 * - a change from another tab is merged by id, and written back when this tab
 *   had something the other lacked, so tabs converge;
 * - typed text is saved after a pause and when the page is left;
 * - tombstones older than TOMBSTONE_DAYS are pruned on write.
 */
export function createWorksheetStore<R extends RecordMeta>(
  codec: Codec<R>,
  clock: () => Date = () => new Date(),
): WorksheetStore<R> {
  const worksheet = codec.worksheet;
  const key = storageKey(worksheet);
  const engine = getEngine();
  /** The raw value this tab last read or wrote, by key: a different one means another tab wrote. */
  const seen = new Map<string, string>();
  /** Keys holding a damaged value that could not be set aside: never written over. */
  const blocked = new Set<string>();
  /** Months changed here and not yet in storage. */
  const dirty = new Set<string>();
  /** Records already checked against the schema. */
  const checked = new WeakSet<object>();
  let legacy = false;
  const measure = !!import.meta.env.BENCH && engine.read(MEASURE_KEY) === "1";
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;

  const stamp = () => {
    const t = Math.max(clock().getTime(), last + 1);
    last = t;
    return new Date(t).toISOString();
  };

  /** Reads one key's records; sets aside what cannot be read. */
  const readKey = (k: string, raw: string): Stored<R>[] => {
    seen.set(k, raw);
    let t = measure ? performance.now() : 0;
    const json = parseJsonSafely(raw);
    if (measure) t = lap("parse", t);
    const result = json.ok ? codec.salvageParsed(json.value) : json;
    if (measure) lap("check", t);
    if (result.ok && result.value.dropped === 0) return result.value.value.records;
    const copy = setAside(worksheet, raw, clock());
    if (!copy) blocked.add(k);
    else if (!result.ok) {
      engine.remove(k);
      seen.delete(k);
    } else dirty.add(k === key ? "" : (partOf(worksheet, k) ?? ""));
    $quarantined.set([
      ...$quarantined.get(),
      {
        worksheet,
        key: copy ?? "",
        kept: copy !== null,
        dropped: result.ok ? result.value.dropped : 0,
      },
    ]);
    return result.ok ? result.value.value.records : [];
  };

  const load = (): Stored<R>[] => {
    const parts: [string, string][] = [];
    let t = measure ? performance.now() : 0;
    for (const k of engine.keys()) {
      const part = partOf(worksheet, k);
      const raw = part === null ? undefined : engine.read(k);
      if (raw === undefined) continue;
      if (part === "") legacy = true;
      parts.push([part!, k]);
      seen.set(k, raw);
    }
    if (measure) lap("read", t);
    // Months in order: each is stored in creation order, so together they
    // usually are too, and need no sort (checked below).
    parts.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const all: Stored<R>[] = [];
    for (const [, k] of parts) for (const r of readKey(k, seen.get(k)!)) all.push(r);
    t = measure ? performance.now() : 0;
    const now = clock();
    const { records, clamped } = clampFuture(
      compact(inOrder(all) ? all : mergeRecords(all, []), pruneBefore(now)),
      now,
    );
    // Times from a clock that ran ahead are brought back once, and saved so.
    if (clamped) for (const r of records) dirty.add(monthOf(r.createdAt));
    for (const r of records) checked.add(r);
    if (measure) lap("merge", t);
    return records;
  };

  /** Time spent on each part of reading, summed over keys, for `npm run bench:data`. */
  const spent = new Map<string, number>();
  const lap = (part: string, since: number) => {
    const now = performance.now();
    spent.set(part, (spent.get(part) ?? 0) + now - since);
    return now;
  };
  const loadStart = measure ? performance.now() : 0;
  const $value = atom<StoredValue<R>>({ version: codec.version, records: load() });
  if (measure) {
    for (const [part, duration] of spent)
      performance.measure(`goodenough:load:${worksheet}:${part}`, { start: loadStart, duration });
    performance.measure(`goodenough:load:${worksheet}`, { start: loadStart });
  }
  if (dirty.size) queueMicrotask(() => persist());

  const persist = (): Outcome => {
    clearTimeout(timer);
    timer = undefined;
    const records = $value.get().records;
    // A value in the layout before months is moved into months, then removed.
    if (legacy && !blocked.has(key)) for (const r of records) dirty.add(monthOf(r.createdAt));
    dirty.delete("");
    // Records are in creation order, so a month is one run of them: found by binary search,
    // not by walking years of entries. Deletions past the horizon are pruned as it is written.
    const horizon = pruneBefore(clock());
    const byMonth = new Map<string, Stored<R>[]>();
    for (const m of dirty) byMonth.set(m, compact(monthRun(records, m), horizon));
    let outcome: Outcome = "saved";
    for (const [month, list] of byMonth) {
      const k = monthKey(worksheet, month);
      if (blocked.has(k)) {
        outcome = "memory";
        continue;
      }
      const encoded = list.length ? codec.encode({ version: codec.version, records: list }) : "";
      if (!encoded) engine.remove(k);
      else if (engine.write(k, encoded) === "memory") {
        outcome = "memory";
        continue;
      }
      if (encoded) seen.set(k, encoded);
      else seen.delete(k);
      dirty.delete(month);
    }
    if (legacy && outcome === "saved" && !blocked.has(key)) {
      engine.remove(key);
      seen.delete(key);
      legacy = false;
    }
    if (outcome !== "saved") noteUnsaved();
    return outcome;
  };

  /** Merges records another tab saved into this tab's value. */
  const mergeIn = (incoming: readonly Stored<R>[]) => {
    for (const r of incoming) checked.add(r);
    const merged = mergeRecords($value.get().records, incoming);
    $value.set({ version: codec.version, records: merged });
    return merged;
  };

  const hear = (k: string, raw: string | undefined) => {
    const month = partOf(worksheet, k);
    if (month === null || raw === seen.get(k)) return;
    if (raw === undefined) {
      seen.delete(k);
      // Another tab deleted or archived this month: this tab lets it go too.
      if (month)
        $value.set({
          version: codec.version,
          records: $value.get().records.filter((r) => monthOf(r.createdAt) !== month),
        });
      return;
    }
    const result = codec.salvage(raw);
    if (!result.ok) return;
    seen.set(k, raw);
    const incoming = clampFuture(result.value.value.records, clock()).records;
    const merged = mergeIn(incoming);
    // This tab had something the other lacked: write the month back so both agree.
    const mine = merged.filter((r) => monthOf(r.createdAt) === month);
    if (month && (mine.length !== incoming.length || mine.some((r, i) => r !== incoming[i]))) {
      dirty.add(month);
      queueMicrotask(() => persist());
    }
  };
  engine.onChange(hear);

  const sync = () => {
    for (const k of engine.keys()) {
      if (partOf(worksheet, k) === null) continue;
      const raw = engine.read(k);
      if (raw !== seen.get(k)) hear(k, raw);
    }
  };

  const write = (
    change: (records: Stored<R>[]) => Stored<R>[],
    options: WriteOptions = {},
  ): Outcome => {
    const start = measure ? performance.now() : 0;
    const outcome = apply(change, options);
    if (measure)
      performance.measure(options.typing ? "goodenough:keystroke" : "goodenough:save", { start });
    return outcome;
  };

  const apply = (change: (records: Stored<R>[]) => Stored<R>[], options: WriteOptions): Outcome => {
    const before = $value.get().records;
    const next = change([...before]);
    for (let i = 0; i < next.length; i++) {
      const r = next[i]!;
      if (checked.has(r)) continue;
      const clean = codec.check(r);
      if (!clean) {
        // Never store what could not be read back: keep the previous value and say so.
        $refused.set({ worksheet });
        noteUnsaved();
        return "refused";
      }
      checked.add(clean);
      next[i] = clean;
    }
    const kept = next;
    if (kept.some((r, i) => i > 0 && byCreation(kept[i - 1]!, r) > 0)) kept.sort(byCreation);
    changedMonths(before, kept, dirty);
    $value.set({ version: codec.version, records: kept });
    if (!options.typing) return persist();
    clearTimeout(timer);
    timer = setTimeout(persist, TYPING_PAUSE_MS);
    return "pending";
  };

  // Typed text waiting for its pause is saved as soon as the person moves on.
  if (typeof window !== "undefined") {
    const now = () => timer !== undefined && persist();
    addEventListener("pagehide", now);
    addEventListener("focusout", now);
    document.addEventListener("visibilitychange", () => document.hidden && now());
  }

  /** Deletes these records in one write, keeping tombstones; `archived` marks them as moved to a file. */
  const bury = (ids: ReadonlySet<string>, archived: boolean) =>
    write((records) =>
      records.map((r) =>
        ids.has(r.id)
          ? {
              id: r.id,
              createdAt: r.createdAt,
              updatedAt: later(stamp(), r.updatedAt),
              deleted: true as const,
              ...(archived ? { archived: true as const } : {}),
            }
          : r,
      ),
    );

  const make = (content: Content<R>, id = newId()): R => {
    const at = stamp();
    return { ...content, id, createdAt: at, updatedAt: at } as unknown as R;
  };

  const store: WorksheetStore<R> = {
    codec,
    key,
    $value,
    $records: derive($value, (v) => live(v.records)),
    create(content, id) {
      const record = make(content, id);
      // A fixed id (a singleton such as "settings") replaces its old copy; a new id is simply added.
      write((records) => [...(id ? records.filter((r) => r.id !== id) : records), record]);
      return record;
    },
    createMany(contents, ids = []) {
      const made = contents.map((c, i) => make(c, ids[i]));
      write((records) => [...records.filter((r) => !ids.includes(r.id)), ...made]);
      return made;
    },
    update(id, patch, options) {
      let updated: R | null = null;
      write(
        (records) =>
          records.map((r) => {
            if (r.id !== id || "deleted" in r) return r;
            // Always newer than the copy it replaces, even one stamped by a clock running ahead.
            updated = { ...r, ...patch, id, updatedAt: later(stamp(), r.updatedAt) } as R;
            return updated;
          }),
        options,
      );
      return updated;
    },
    remove(id) {
      store.removeMany([id]);
    },
    removeMany(ids, archived = false) {
      bury(new Set(ids), archived);
    },
    write,
    flush: () => (timer === undefined ? "saved" : persist()),
    clear() {
      clearTimeout(timer);
      timer = undefined;
      for (const k of engine.keys())
        if (partOf(worksheet, k) !== null && !blocked.has(k)) engine.remove(k);
      seen.clear();
      dirty.clear();
      legacy = false;
      $value.set(codec.empty());
    },
    sync,
    stamp,
  };
  pageStores.push(store as unknown as WorksheetStore<RecordMeta>);
  return store;
}
