import type { ExperimentRecord } from "./schema";
import { doneDay, sortDay } from "./day";

/*
 * Where an experiment stands, and the list order. Both pages of the worksheet
 * use these (the list and the insights), so they live apart from the form's
 * code in record.ts: the insights page loads only this.
 */

export type ExperimentStatus = "planned" | "ready" | "done";

/** True when any part of "after" has been filled in. */
export function hasOutcome(record: ExperimentRecord): boolean {
  return (
    [record.outcome, record.learned].some((s) => s !== undefined && s.trim() !== "") ||
    record.predictionCameTrue !== undefined ||
    [
      record.peakDiscomfort,
      record.afterDiscomfort,
      record.beliefAfter,
      record.alternativeAfter,
    ].some((n) => n !== undefined)
  );
}

/** Done when marked done or when anything about what happened has been recorded. */
export const isDone = (record: ExperimentRecord): boolean =>
  record.status === "done" || hasOutcome(record);

/**
 * "done" once run; "ready" when the planned day is before `today` (YYYY-MM-DD,
 * the person's local day) and nothing has been recorded yet; otherwise "planned".
 * An experiment planned for today is still "planned" until tomorrow.
 */
export function experimentStatus(record: ExperimentRecord, today: string): ExperimentStatus {
  if (isDone(record)) return "done";
  return record.plannedDate !== undefined && record.plannedDate < today ? "ready" : "planned";
}

export type ExperimentFilter = "all" | "planned" | "done";

/** "planned" keeps every experiment not yet done, including those ready to record. */
export function filterExperiments(
  records: readonly ExperimentRecord[],
  filter: ExperimentFilter,
  today: string,
): ExperimentRecord[] {
  if (filter === "all") return [...records];
  return records.filter((r) => (experimentStatus(r, today) === "done") === (filter === "done"));
}

/** Done experiments in the order they were run: oldest first. Returns a new array. */
export const byDoneDay = (records: readonly ExperimentRecord[]): ExperimentRecord[] =>
  records
    .filter(isDone)
    .map((r) => [doneDay(r), r.completedAt ?? "", r] as const)
    .sort(([a, x, r], [b, y, s]) =>
      a !== b ? (a < b ? -1 : 1) : x !== y ? (x < y ? -1 : 1) : compareOldest(r, s),
    )
    .map(([, , r]) => r);

function compareOldest(a: ExperimentRecord, b: ExperimentRecord): number {
  const [x, y] = [sortDay(a), sortDay(b)];
  if (x !== y) return x < y ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Sorts by planned date (falling back to createdAt), then createdAt, then id. Returns a new array. */
export function sortExperiments(
  records: readonly ExperimentRecord[],
  order: "newest" | "oldest",
): ExperimentRecord[] {
  const sign = order === "oldest" ? 1 : -1;
  return [...records].sort((a, b) => sign * compareOldest(a, b));
}

/** What the store saves for an experiment: its fields, plus the kind and status. */
export type ExperimentContent = Omit<ExperimentRecord, "id" | "createdAt" | "updatedAt">;

/**
 * The content to save for an experiment's fields. It is "done" once anything
 * about what happened is filled in; it keeps the day it was first done, and
 * goes back to "planned" if every part of "after" is cleared again.
 */
export function contentFromFields(
  fields: Omit<ExperimentContent, "kind" | "status" | "completedAt">,
  existing: ExperimentRecord | undefined,
  now: Date,
): ExperimentContent {
  const record = { kind: "experiment", ...fields } as ExperimentContent;
  if (hasOutcome(record as ExperimentRecord)) {
    record.status = "done";
    record.completedAt = existing?.completedAt ?? now.toISOString();
  } else {
    record.status = "planned";
  }
  return record;
}

const META = new Set(["id", "createdAt", "updatedAt"]);

/**
 * The store's update merges a patch into the record, so a field the person
 * emptied must be sent as undefined to be removed. Returns the content with
 * every other field of the existing record set to undefined.
 */
export function replacingPatch(
  existing: ExperimentRecord,
  content: ExperimentContent,
): Partial<ExperimentContent> {
  const patch: Record<string, unknown> = { ...content };
  for (const k of Object.keys(existing)) if (!META.has(k) && !(k in patch)) patch[k] = undefined;
  return patch as Partial<ExperimentContent>;
}
