import { atom } from "nanostores";

/**
 * The storage engine every store writes through. It wraps localStorage so
 * that a browser which blocks storage, or a full disk, never breaks a
 * worksheet: the value is kept in memory for this tab instead, $storageHealth
 * says so, and every write reports where it went, so no page says "saved"
 * for something that only lives in the tab.
 */
export type StorageHealth = "ok" | "unavailable" | "full";
export const $storageHealth = atom<StorageHealth>("ok");

/** Where one write went: into the browser's storage, or only this tab's memory. */
export type Saved = "saved" | "memory";

/** The subset of Storage the engine needs; tests pass a plain fake. */
export interface Backing {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export interface Engine {
  read(key: string): string | undefined;
  /** Stores a value; when the browser refuses, keeps it in this tab and says "memory". */
  write(key: string, value: string): Saved;
  /** Stores a value only in the browser's storage, and reads it back: true when it is really there. */
  writeDurable(key: string, value: string): boolean;
  remove(key: string): void;
  keys(): string[];
  /** Calls back when another tab changes a key (undefined: removed). */
  onChange(listener: (key: string, value: string | undefined) => void): () => void;
  /** Passes on a change made by another tab (the browser's storage event, or a test). */
  receive(key: string, value: string | undefined): void;
}

const isQuotaError = (e: unknown) =>
  e instanceof DOMException && (e.name === "QuotaExceededError" || e.code === 22);

export function createSafeEngine(getBacking: () => Backing | null): Engine {
  const memory = new Map<string, string>();
  const listeners = new Set<(key: string, value: string | undefined) => void>();
  let backing: Backing | null = null;
  try {
    backing = getBacking();
    // Some browsers expose storage but throw on first use.
    backing?.getItem("goodenough:probe");
  } catch {
    backing = null;
  }
  if (!backing) $storageHealth.set("unavailable");
  const failed = (e: unknown) => {
    if (isQuotaError(e)) {
      if ($storageHealth.get() === "ok") $storageHealth.set("full");
    } else {
      backing = null;
      $storageHealth.set("unavailable");
    }
  };
  const fromBacking = (key: string): string | undefined => {
    try {
      return backing?.getItem(key) ?? undefined;
    } catch (e) {
      failed(e);
      return undefined;
    }
  };
  const setBacking = (key: string, value: string): boolean => {
    if (!backing) return false;
    try {
      backing.setItem(key, value);
      return true;
    } catch (e) {
      failed(e);
      return false;
    }
  };
  return {
    read: (key) => (memory.has(key) ? memory.get(key) : fromBacking(key)),
    write(key, value) {
      if (setBacking(key, value)) {
        memory.delete(key);
        // Space was freed and nothing waits in memory: storage works again.
        if (memory.size === 0 && $storageHealth.get() === "full") $storageHealth.set("ok");
        return "saved";
      }
      memory.set(key, value);
      return "memory";
    },
    writeDurable: (key, value) => setBacking(key, value) && fromBacking(key) === value,
    remove(key) {
      memory.delete(key);
      try {
        backing?.removeItem(key);
      } catch (e) {
        failed(e);
      }
    },
    keys() {
      const out = new Set(memory.keys());
      try {
        for (let i = 0; backing && i < backing.length; i++) {
          const k = backing.key(i);
          if (k !== null) out.add(k);
        }
      } catch (e) {
        failed(e);
      }
      return [...out];
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    receive: (key, value) => listeners.forEach((l) => l(key, value)),
  };
}

/** A plain in-memory Storage, for tests and for measuring. */
export function memoryBacking(): Backing & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

// import.meta.env.SSR is false, as a constant, in the browser build, so the
// memory fake below is left out of every page; on the server and in tests it is true.
const inBrowser = !import.meta.env.SSR;

/** The engine in use: the browser's localStorage, or (tests, Node) a memory fake. */
let engine: Engine = createSafeEngine(() => (inBrowser ? window.localStorage : memoryBacking()));

export function useEngine(next: Engine): void {
  engine = next;
}
export const getEngine = () => engine;

if (inBrowser)
  addEventListener("storage", (e) => {
    if (e.key !== null && e.storageArea === localStorage)
      engine.receive(e.key, e.newValue ?? undefined);
  });

/**
 * Counts writes that did not reach storage, so an action that makes several
 * writes (homework "Add", an import) can tell whether all of them were saved
 * before it says so.
 */
let unsaved = 0;
export const noteUnsaved = () => void unsaved++;
export function checkSaved(): () => boolean {
  const start = unsaved;
  return () => unsaved === start;
}
