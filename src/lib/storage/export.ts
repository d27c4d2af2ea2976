import type { RecordMeta, StoredValue } from "../../schemas/stored/record";
import type { Codec } from "./codec";
import { isPlainObject, parseJsonSafely } from "./json";
import { fail, ok, type Result } from "./result";

/**
 * The export file: { app, exportVersion, exportedAt, worksheets: { <slug>: value } }.
 * Export version history:
 * - 1: the first format. Each worksheet value is its own versioned shape.
 */
export const EXPORT_APP = "good-enough";
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ExportFile {
  app: typeof EXPORT_APP;
  exportVersion: number;
  exportedAt: string;
  worksheets: Record<string, StoredValue<RecordMeta>>;
}

export function buildExport(
  worksheets: Record<string, StoredValue<RecordMeta>>,
  now: Date,
): ExportFile {
  return {
    app: EXPORT_APP,
    exportVersion: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    worksheets,
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** good-enough-YYYY-MM-DD.json, by the person's local calendar day; a suffix names one worksheet. */
export function exportFileName(now: Date, worksheet?: string): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `good-enough-${worksheet ? `${worksheet}-` : ""}${day}.json`;
}

export interface ImportPlan {
  exportedAt: string;
  /** Validated, migrated values by worksheet. */
  worksheets: Record<string, StoredValue<RecordMeta>>;
  /** One phrase per worksheet, e.g. "2 screen results". */
  preview: string[];
}

type AnyCodec = Codec<RecordMeta>;

/**
 * Reads an export file and validates all of it before anything changes.
 * Never throws; a refusal says exactly why.
 */
export function parseImport(
  text: string,
  codecs: Record<string, AnyCodec>,
  byteLength = new TextEncoder().encode(text).length,
): Result<ImportPlan> {
  if (byteLength > MAX_IMPORT_BYTES) {
    return fail(
      "too-large",
      `This file is ${(byteLength / 1024 / 1024).toFixed(1)} MB. Files up to 5 MB can be imported.`,
    );
  }
  const json = parseJsonSafely(text);
  if (!json.ok) return json;
  const data = json.value;
  if (!isPlainObject(data) || data.app !== EXPORT_APP) {
    return fail("wrong-app", "This file was not exported from Good Enough.");
  }
  if (typeof data.exportVersion !== "number" || !Number.isInteger(data.exportVersion)) {
    return fail("invalid", "This file has no export version.");
  }
  if (data.exportVersion > EXPORT_VERSION) {
    return fail(
      "future-version",
      `This file comes from a newer version of the site (export version ${data.exportVersion}). Update the site, then try again.`,
    );
  }
  if (typeof data.exportedAt !== "string") return fail("invalid", "This file has no export date.");
  if (!isPlainObject(data.worksheets) || Object.keys(data.worksheets).length === 0) {
    return fail("invalid", "This file has no worksheets in it.");
  }
  const worksheets: Record<string, StoredValue<RecordMeta>> = {};
  const preview: string[] = [];
  for (const [slug, value] of Object.entries(data.worksheets)) {
    const codec = Object.hasOwn(codecs, slug) ? codecs[slug] : undefined;
    if (!codec)
      return fail(
        "unknown-worksheet",
        `This file has data for "${slug}", which this site does not have.`,
      );
    const decoded = codec.fromUnknown(value);
    if (!decoded.ok) return decoded;
    worksheets[slug] = decoded.value;
    preview.push(codec.describe(decoded.value));
  }
  return ok({ exportedAt: data.exportedAt, worksheets, preview });
}
