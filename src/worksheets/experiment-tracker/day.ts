import type { ExperimentRecord } from "./schema";
import { localDay } from "../../engine/core/dates";

// The days an experiment is dated by. Apart from ./order.ts so that the session
// summary, which needs only these, does not load the list's code.

/** The day a record sorts by: its planned date, or else the day it was made. */
export const sortDay = (r: ExperimentRecord): string => r.plannedDate ?? r.createdAt.slice(0, 10);

/**
 * The day an experiment is dated by: once done, the person's local day when it
 * was marked done, so one run early or late is dated by when it happened; before
 * that (or when that day was not kept), its sortDay.
 */
export const doneDay = (r: ExperimentRecord): string =>
  r.completedAt ? localDay(new Date(r.completedAt)) : sortDay(r);
