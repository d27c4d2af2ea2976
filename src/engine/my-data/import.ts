import type { RecordMeta, StoredValue } from "../storage/record";
import type { Codec } from "../storage/codec";
import { EXPORT_APP, EXPORT_VERSION } from "../storage/export";
import { isPlainObject, parseJsonSafely } from "../storage/json";
import { clampFuture, pruneBefore, TOMBSTONE_DAYS } from "../storage/merge";
import { fail, ok, type Result } from "../storage/result";
import type { Vars } from "../core/words";

/** Import is its own module so worksheet pages, which only export, do not ship it. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ImportPlan {
  exportedAt: string;
  /** Validated, migrated values by worksheet. */
  worksheets: Record<string, StoredValue<RecordMeta>>;
  /** One phrase per worksheet, e.g. "2 screen results". */
  preview: string[];
  /** What the import will adjust or cannot promise: keys of the import page's words, with their values. */
  cautions: { say: string; vars: Vars }[];
}

/** A worksheet's codec, with the describe of its my-data.ts for the preview ("2 screen results"). */
export type ImportTarget = Codec<RecordMeta> & {
  describe: (value: StoredValue<RecordMeta>) => string;
};

/**
 * Reads an export file and validates all of it before anything changes.
 * Never throws; a refusal says exactly why.
 */
export function parseImport(
  text: string,
  codecs: Record<string, ImportTarget>,
  byteLength = new TextEncoder().encode(text).length,
  now = new Date(),
): Result<ImportPlan> {
  if (byteLength > MAX_IMPORT_BYTES) {
    return fail("too-large", "tooLarge", { size: (byteLength / 1024 / 1024).toFixed(1) });
  }
  const json = parseJsonSafely(text);
  if (!json.ok) return json;
  const data = json.value;
  if (!isPlainObject(data) || data.app !== EXPORT_APP) {
    return fail("wrong-app", "wrongApp");
  }
  if (typeof data.exportVersion !== "number" || !Number.isInteger(data.exportVersion)) {
    return fail("invalid", "noExportVersion");
  }
  if (data.exportVersion > EXPORT_VERSION) {
    return fail("future-version", "newerFile", { version: data.exportVersion });
  }
  if (typeof data.exportedAt !== "string") return fail("invalid", "noExportDate");
  if (!isPlainObject(data.worksheets) || Object.keys(data.worksheets).length === 0) {
    return fail("invalid", "noWorksheets");
  }
  const worksheets: Record<string, StoredValue<RecordMeta>> = {};
  const preview: string[] = [];
  let future = 0;
  for (const [slug, value] of Object.entries(data.worksheets)) {
    const codec = Object.hasOwn(codecs, slug) ? codecs[slug] : undefined;
    if (!codec) return fail("unknown-worksheet", "unknownWorksheet", { slug });
    const decoded = codec.fromUnknown(value);
    if (!decoded.ok) return decoded;
    // A file from a device whose clock runs ahead must not win every later edit.
    const { records, clamped } = clampFuture(decoded.value.records, now);
    future += clamped;
    worksheets[slug] = { version: decoded.value.version, records };
    preview.push(codec.describe(worksheets[slug]));
  }
  const cautions: ImportPlan["cautions"] = [];
  if (future) cautions.push({ say: "cautionFuture", vars: { count: future } });
  if (data.exportedAt < pruneBefore(now))
    cautions.push({ say: "cautionOld", vars: { days: TOMBSTONE_DAYS } });
  return ok({ exportedAt: data.exportedAt, worksheets, preview, cautions });
}
