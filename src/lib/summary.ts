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

/** What a readable summary file says around the entries (the summary island's words). */
export interface SummaryTextParts {
  /** The file's title, e.g. "Good Enough: session summary". */
  heading: string;
  /** A line under the title, e.g. "Made on December 6, 2026. 3 entries." */
  intro: string;
  /** A worksheet's name by slug. */
  worksheetTitle: (slug: string) => string;
  /** A YYYY-MM-DD day as a reader would write it. */
  day: (day: string) => string;
  /** The label before an entry's date, e.g. "Date". */
  dateLabel: string;
}

const underline = (text: string, char: string) => `${text}\n${char.repeat(text.length)}`;

/**
 * The chosen entries as a file a therapist can read: plain text that is also
 * Markdown. The title and each worksheet are underlined headings; each entry
 * is a "### " heading, its date, and one "- Label: value" line per field, a
 * value's further lines indented under it. Entries keep the order given.
 */
export function summaryText(entries: SummaryEntry[], parts: SummaryTextParts): string {
  const out = [underline(parts.heading, "="), "", parts.intro];
  let worksheet: string | undefined;
  for (const e of entries) {
    if (e.worksheet !== worksheet) {
      worksheet = e.worksheet;
      out.push("", "", underline(parts.worksheetTitle(worksheet), "-"));
    }
    out.push("", `### ${e.title}`, "", `${parts.dateLabel}: ${parts.day(e.day)}`, "");
    for (const [label, value] of e.lines)
      out.push(`- ${label}: ${value.trim().split(/\r?\n/).join("\n  ")}`);
  }
  return `${out.join("\n")}\n`;
}
