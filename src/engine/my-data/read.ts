import { getEngine } from "../storage/engine";
import { partOf } from "../storage/keys";
import { isPlainObject, parseJsonSafely } from "../storage/json";
import { live, mergeRecords } from "../storage/merge";
import type { RecordMeta } from "../storage/record";

/** What a read-only page found of one worksheet's entries. */
export interface ReadOnly {
  /** Live records, in creation order, as stored. */
  records: RecordMeta[];
  /** True when some stored value could not be shown here (unreadable, or a newer version). */
  skipped: boolean;
}

const isMeta = (r: unknown): r is RecordMeta =>
  isPlainObject(r) && [r.id, r.createdAt, r.updatedAt].every((x) => typeof x === "string");

/**
 * A worksheet's live entries, read straight from storage for a page that only
 * shows them and never saves (the session summary and what it sends). It needs
 * no worksheet's schema, so such a page does not load every worksheet's code:
 * checking, migrating and setting aside what is wrong stay with the
 * worksheet's own page, the only place that writes. A value newer than
 * `version`, or one that is not a stored value at all, is left out and
 * `skipped` says so. Older versions are shown as they are, since every
 * migration so far only adds fields; a record a summary.ts cannot describe is
 * caught by the page, which says to open that worksheet.
 */
export function readOnly(worksheet: string, version: number): ReadOnly {
  const engine = getEngine();
  const all: RecordMeta[] = [];
  let skipped = false;
  for (const k of engine.keys()) {
    if (partOf(worksheet, k) === null) continue;
    const json = parseJsonSafely(engine.read(k) ?? "");
    const value = json.ok && isPlainObject(json.value) ? json.value : {};
    const fits =
      typeof value.version === "number" &&
      value.version <= version &&
      Array.isArray(value.records) &&
      value.records.every(isMeta);
    if (fits) all.push(...(value.records as RecordMeta[]));
    else skipped = true;
  }
  return { records: live(mergeRecords(all, [])), skipped };
}
