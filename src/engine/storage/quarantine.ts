import { atom } from "nanostores";
import { parseQuarantineKey, quarantineKey, uiKey, type QuarantineKey } from "./keys";
import { getEngine } from "./engine";

export interface QuarantinedCopy extends QuarantineKey {
  raw: string;
}

/** Every quarantined copy on this device, newest first. */
export function listQuarantined(): QuarantinedCopy[] {
  const engine = getEngine();
  return engine
    .keys()
    .map(parseQuarantineKey)
    .filter((q): q is QuarantineKey => q !== null)
    .map((q) => ({ ...q, raw: engine.read(q.key) ?? "" }))
    .sort((a, b) => (a.at < b.at ? 1 : -1));
}

/**
 * Copies a value that could not be read to its own key, and checks that the
 * copy is really in the browser's storage (not only in this tab's memory).
 * Returns the copy's key, or null when it could not be kept: the caller must
 * then leave the original where it is.
 */
export function setAside(worksheet: string, raw: string, at: Date): string | null {
  // Another tab may have set this same value aside already.
  const existing = listQuarantined().find((q) => q.worksheet === worksheet && q.raw === raw);
  if (existing) return existing.key;
  const key = quarantineKey(worksheet, at);
  return getEngine().writeDurable(key, raw) ? key : null;
}

export function deleteQuarantined(key: string): void {
  if (parseQuarantineKey(key)) getEngine().remove(key);
}

const DISMISSED = uiKey("dismissed-quarantine");

/** Copies whose notice the person has dismissed; the copies themselves stay until deleted. */
export const $dismissedQuarantine = atom<string[]>(readDismissed());

function readDismissed(): string[] {
  try {
    const list: unknown = JSON.parse(getEngine().read(DISMISSED) ?? "[]");
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export function dismissQuarantine(keys: string[]): void {
  const next = [...new Set([...$dismissedQuarantine.get(), ...keys])];
  getEngine().write(DISMISSED, JSON.stringify(next));
  $dismissedQuarantine.set(next);
}
