import { atom } from "nanostores";
import { setPersistentEngine, windowPersistentEvents } from "@nanostores/persistent";

/**
 * The storage engine every worksheet store writes through. It wraps
 * localStorage so that a browser which blocks storage, or a full disk, never
 * breaks a worksheet: the value is kept in memory for this tab instead, and
 * $storageHealth says so, so the page can tell the person and offer export.
 */
export type StorageHealth = "ok" | "unavailable" | "full";
export const $storageHealth = atom<StorageHealth>("ok");

/** The subset of Storage the engine needs; tests pass a plain fake. */
export interface Backing {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

const isQuotaError = (e: unknown) =>
  e instanceof DOMException && (e.name === "QuotaExceededError" || e.code === 22);

export function createSafeEngine(getBacking: () => Backing | null): Record<string, string> {
  const memory = new Map<string, string>();
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
  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    if (!backing) return undefined;
    try {
      return backing.getItem(key) ?? undefined;
    } catch (e) {
      failed(e);
      return undefined;
    }
  };
  const keys = (): string[] => {
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
  };
  return new Proxy({} as Record<string, string>, {
    get: (_t, key) => (typeof key === "string" ? read(key) : undefined),
    has: (_t, key) => typeof key === "string" && read(key) !== undefined,
    set(_t, key, value) {
      if (typeof key !== "string") return false;
      if (backing) {
        try {
          backing.setItem(key, String(value));
          memory.delete(key);
          return true;
        } catch (e) {
          failed(e);
        }
      }
      memory.set(key, String(value));
      return true;
    },
    deleteProperty(_t, key) {
      if (typeof key !== "string") return false;
      memory.delete(key);
      try {
        backing?.removeItem(key);
      } catch (e) {
        failed(e);
      }
      return true;
    },
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_t, key) =>
      typeof key === "string" && read(key) !== undefined
        ? { value: read(key), enumerable: true, configurable: true, writable: true }
        : undefined,
  });
}

/** The engine in use: set once in the browser, or by tests. */
let engine: Record<string, string> = {};

export function useEngine(next: Record<string, string>): void {
  engine = next;
}
export const getEngine = () => engine;

if (typeof window !== "undefined") {
  engine = createSafeEngine(() => window.localStorage);
  setPersistentEngine(engine, windowPersistentEvents);
}
