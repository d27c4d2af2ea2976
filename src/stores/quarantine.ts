import { atom } from "nanostores";
import { parseQuarantineKey, uiKey, type QuarantineKey } from "../lib/storage/keys";
import { getEngine } from "./engine";

export interface QuarantinedCopy extends QuarantineKey {
  raw: string;
}

/** Every quarantined copy on this device, newest first. */
export function listQuarantined(): QuarantinedCopy[] {
  const engine = getEngine();
  return Object.keys(engine)
    .map(parseQuarantineKey)
    .filter((q): q is QuarantineKey => q !== null)
    .map((q) => ({ ...q, raw: engine[q.key] ?? "" }))
    .sort((a, b) => (a.at < b.at ? 1 : -1));
}

export function deleteQuarantined(key: string): void {
  if (parseQuarantineKey(key)) delete getEngine()[key];
}

const DISMISSED = uiKey("dismissed-quarantine");

/** Copies whose notice the person has dismissed; the copies themselves stay until deleted. */
export const $dismissedQuarantine = atom<string[]>(readDismissed());

function readDismissed(): string[] {
  try {
    const list: unknown = JSON.parse(getEngine()[DISMISSED] ?? "[]");
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export function dismissQuarantine(keys: string[]): void {
  const next = [...new Set([...$dismissedQuarantine.get(), ...keys])];
  getEngine()[DISMISSED] = JSON.stringify(next);
  $dismissedQuarantine.set(next);
}
