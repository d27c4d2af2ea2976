import { buildExport, exportFileName } from "../storage/export";
import type { RecordMeta, StoredValue } from "../storage/record";

/** Saves text as a file on the person's device. Nothing leaves the browser. */
export function downloadText(fileName: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads an export file (the format My data imports) holding these worksheets' values. */
export function downloadExport(
  values: Record<string, StoredValue<RecordMeta>>,
  worksheet?: string,
): void {
  const now = new Date();
  downloadText(exportFileName(now, worksheet), JSON.stringify(buildExport(values, now), null, 1));
}
