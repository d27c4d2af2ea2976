import { checkedKey } from "./keys";
import type { Engine } from "./engine";

/**
 * Which stored months this code has already checked against their schema, so
 * that opening a worksheet need not check years of entries again each time.
 * Each month's mark is a hash of its exact stored text, so the mark only
 * holds for that text: a value edited by hand, written by another program or
 * an older build, or damaged on disk has another hash and is checked in full
 * again. A mark is only a shortcut: losing or failing to save it costs time,
 * never data. (Someone who forges a mark can already run script on the site.)
 */
export interface Checked {
  /** True when this month's stored text is exactly what was checked before. */
  has(month: string, raw: string): boolean;
  /** Notes that this month's stored text passed its checks (undefined: the month is gone). */
  set(month: string, raw: string | undefined): void;
  /** Saves the marks, if any changed; a failure is ignored (the next open checks in full). */
  save(): void;
  clear(): void;
}

/** cyrb53: a fast 53-bit hash of a string, as base-36 text. */
export function hashText(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function checkedMonths(engine: Engine, worksheet: string, version: number): Checked {
  const key = checkedKey(worksheet);
  const marks = new Map<string, string>();
  try {
    const stored: unknown = JSON.parse(engine.read(key) ?? "null");
    const s = stored as { version?: unknown; months?: unknown } | null;
    // Marks made for another version of the shape do not count.
    if (s && s.version === version && s.months && typeof s.months === "object")
      for (const [m, h] of Object.entries(s.months)) if (typeof h === "string") marks.set(m, h);
  } catch {
    // No marks: every month is checked in full.
  }
  let changed = false;
  return {
    has: (month, raw) => marks.get(month) === hashText(raw),
    set(month, raw) {
      const h = raw === undefined ? undefined : hashText(raw);
      if (marks.get(month) === h) return;
      if (h === undefined) marks.delete(month);
      else marks.set(month, h);
      changed = true;
    },
    save() {
      if (!changed) return;
      changed = false;
      if (!marks.size) engine.remove(key);
      else engine.writeSpare(key, JSON.stringify({ version, months: Object.fromEntries(marks) }));
    },
    clear() {
      marks.clear();
      changed = false;
      engine.remove(key);
    },
  };
}

/** True when two parsed JSON values are equal, whatever the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka)
    if (
      !Object.hasOwn(b, k) ||
      !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
    )
      return false;
  return true;
}
