/** One entry in a session summary: a block to print, and the records it stands for. */
export interface SummaryEntry {
  /** Unique across worksheets. */
  key: string;
  worksheet: string;
  /** YYYY-MM-DD, for sorting and showing. */
  day: string;
  title: string;
  /** Label and value pairs, empty values left out. */
  lines: [string, string][];
  /** The stored records behind the entry, for a download. */
  recordIds: string[];
}

export const clean = (lines: [string, string | number | undefined | null][]): [string, string][] =>
  lines
    .filter(([, v]) => v !== undefined && v !== null && v !== "")
    .map(([k, v]) => [k, String(v)]);
export const pct = (v?: number) => (v === undefined ? undefined : `${v}%`);
export const arrow = (a?: number, b?: number) =>
  a === undefined && b === undefined ? undefined : `${pct(a) ?? "–"} → ${pct(b) ?? "–"}`;
export const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A name from a table of names by id; never one of a plain object's inherited names ("constructor"). */
export const nameFrom = (
  table: Readonly<Record<string, string>>,
  id: string,
): string | undefined => (Object.hasOwn(table, id) ? table[id] : undefined);

/** Names a worksheet's summary needs, by id, built on the server (its summary-names.ts). */
export type Names = Readonly<Record<string, string>>;
