import type { ExperimentRecord } from "./schema";

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

/** The day a record sorts by: its planned date, or else the day it was made. */
export const sortDay = (r: ExperimentRecord): string => r.plannedDate ?? r.createdAt.slice(0, 10);

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
