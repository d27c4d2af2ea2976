import type { DraftRecord, StoredThought, ThoughtRecord } from "./schema";
import { ratingChanges } from "./changes";

/** Saved thought records and drafts, apart. */
export function splitStored(all: readonly StoredThought[]): {
  records: ThoughtRecord[];
  drafts: DraftRecord[];
} {
  const records: ThoughtRecord[] = [];
  const drafts: DraftRecord[] = [];
  for (const r of all) {
    if (r.kind === "record") records.push(r);
    else drafts.push(r);
  }
  return { records, drafts };
}

/** Newest first, by when it happened, then by when it was written. */
export function newestFirst<R extends { when: string; createdAt: string }>(
  list: readonly R[],
): R[] {
  return [...list].sort((a, b) =>
    a.when === b.when ? b.createdAt.localeCompare(a.createdAt) : b.when.localeCompare(a.when),
  );
}

/** A record's ratings for the chart and its table: one row a feeling, then belief. */
export interface ChartData {
  /** Row names, each unique (a feeling named twice gets "(2)"). */
  categories: string[];
  before: (number | null)[];
  after: (number | null)[];
}

/** The rows, the belief named `beliefLabel`. */
export function chartData(record: ThoughtRecord, beliefLabel: string): ChartData {
  const seen = new Map<string, number>();
  const out: ChartData = { categories: [], before: [], after: [] };
  for (const c of ratingChanges(record, beliefLabel)) {
    const key = c.label.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.categories.push(n > 1 ? `${c.label} (${n})` : c.label);
    out.before.push(c.before);
    out.after.push(c.after);
  }
  return out;
}

/** True when the record has at least one rating to chart. */
export const hasRatings = (record: ThoughtRecord): boolean =>
  ratingChanges(record, "").some((c) => c.before !== null || c.after !== null);
