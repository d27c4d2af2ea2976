import type { RecordMeta, StoredValue } from "./record";

/**
 * The export file: { app, exportVersion, exportedAt, worksheets: { <slug>: value } }.
 * Export version history:
 * - 1: the first format. Each worksheet value is its own versioned shape.
 */
export const EXPORT_APP = "good-enough";
export const EXPORT_VERSION = 1;

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
