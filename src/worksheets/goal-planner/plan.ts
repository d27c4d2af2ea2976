/**
 * More pure helpers for the goal planner's page: the brain dump, parking a
 * draft, taking a parked item back, where a carried goal goes, the time
 * available, the time-box timer's display, and short day summaries.
 * "Now" and ids are always passed in. As in day.ts, a function that words a
 * message takes the words first.
 */
import { addDays, compareDays } from "../../engine/core/dates";
import type { GoalRecord, ParkedRecord } from "./schema";
import {
  DAY_MINUTES_MAX,
  MINUTES_MAX,
  MINUTES_MIN,
  TEXT_MAX,
  draftErrors,
  parseMinutes,
  unfinishedGoals,
  type Built,
  type GoalDraft,
  type GoalDraftErrors,
} from "./day";
import type { Say } from "./days";

export { relativeDay } from "./days";

export interface DumpResult {
  /** One item per non-empty line, trimmed, in the order written. */
  items: string[];
  /** Why nothing can be added yet, or null. */
  error: string | null;
}

/** Splits brain-dump text into items, one per line. A line past the cap is reported, never cut. */
export function dumpItems(w: Say, text: string): DumpResult {
  const items = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const long = items.find((item) => item.length > TEXT_MAX);
  const error = long
    ? w("dumpLong", { length: long.length.toLocaleString(w.locale) })
    : items.length === 0
      ? w("dumpNone")
      : null;
  return { items, error };
}

/**
 * A parked item from a goal draft that did not fit the day, keeping whatever
 * finish line, time box and "letting go of" (as its note) were already written.
 * Needs a task; check the draft first with parkDraftErrors.
 */
export function parkDraft(draft: GoalDraft): Built<ParkedRecord> {
  const goodEnough = draft.goodEnough.trim();
  const note = draft.lettingGo?.trim();
  const minutes = parseMinutes(draft.minutes)!;
  const keepMinutes = Number.isInteger(minutes) && minutes >= MINUTES_MIN && minutes <= MINUTES_MAX;
  return {
    kind: "parked",
    task: draft.task.trim(),
    ...(goodEnough && goodEnough.length <= TEXT_MAX ? { goodEnough } : {}),
    ...(keepMinutes ? { minutes } : {}),
    ...(note && note.length <= TEXT_MAX ? { note } : {}),
  };
}

/**
 * What stops a draft from being parked: no task, or a text past the cap (so
 * nothing is dropped or cut on the way to the park list). Empty means it can go.
 */
export function parkErrors(w: Say, draft: GoalDraft): GoalDraftErrors {
  const all = draftErrors(w, draft);
  const errors: GoalDraftErrors = {};
  if (all.task) errors.task = all.task;
  for (const field of ["goodEnough", "lettingGo"] as const) {
    if ((draft[field] ?? "").length > TEXT_MAX) errors[field] = all[field];
  }
  return errors;
}

/** A parked item from an unfinished goal, keeping everything: finish line, time box and what it lets go of. */
export const parkWholeGoal = (goal: GoalRecord): Built<ParkedRecord> => ({
  ...parkDraft(goal),
  fromGoal: goal.id,
});

/** A goal form filled in from a goal or parked item's parts, so the person can edit or plan it. */
export const draftOf = (g: {
  task: string;
  goodEnough?: string | undefined;
  minutes?: number | undefined;
  lettingGo?: string | undefined;
}): GoalDraft => ({
  task: g.task,
  goodEnough: g.goodEnough ?? "",
  minutes: String(g.minutes ?? ""),
  lettingGo: g.lettingGo ?? "",
});

/** A goal form filled from a parked item, so the person can plan it for a day. */
export const draftFromParked = (parked: ParkedRecord): GoalDraft =>
  draftOf({ ...parked, lettingGo: parked.note });

/**
 * The day an unfinished goal is carried over to: the day after its own, but
 * never a day already past, so an old goal comes back to today.
 */
export function carryTarget(goalDay: string, today: string): string {
  const next = addDays(goalDay, 1);
  return compareDays(next, today) < 0 ? today : next;
}

/**
 * Unfinished goals from the `withinDays` days before `today`, newest day first,
 * that the person has not carried over, parked or let go.
 */
export function openFromEarlier(
  goals: readonly GoalRecord[],
  parked: readonly Pick<ParkedRecord, "fromGoal">[],
  today: string,
  withinDays = 14,
): GoalRecord[] {
  const from = addDays(today, -withinDays);
  return unfinishedGoals(goals, parked)
    .filter((g) => compareDays(g.day, today) < 0 && compareDays(g.day, from) >= 0)
    .sort((a, b) => compareDays(b.day, a.day));
}

export type DayMinutes = { ok: true; value: number | null } | { ok: false; message: string };

/** Reads "time I have today" from a form field: empty is "not set"; otherwise whole minutes 0–1,440. */
export function dayMinutes(w: Say, text: string): DayMinutes {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  const n = Number(trimmed);
  return Number.isInteger(n) && n >= 0 && n <= DAY_MINUTES_MAX
    ? { ok: true, value: n }
    : { ok: false, message: w("availBad") };
}

/** Whole seconds left until `endsAt` (both in milliseconds), never below zero. */
export function secondsLeft(endsAt: number, now: number): number {
  return Math.max(0, Math.ceil((endsAt - now) / 1000));
}

/**
 * Where a goal's timer stands at `now` (ms): the seconds left, and whether it
 * is running. It ran out when `left` is 0 and `timerEnds` is set; it was never
 * started when neither time is set. Computed from the clock, so it survives a reload.
 */
export function timerState(
  goal: Pick<GoalRecord, "minutes" | "timerEnds" | "timerLeft">,
  now: number,
): { left: number; running: boolean } {
  const left = goal.timerEnds
    ? secondsLeft(goal.timerEnds, now)
    : (goal.timerLeft ?? goal.minutes! * 60);
  return { left, running: !!goal.timerEnds && left > 0 };
}

/** A countdown as "m:ss", or "h:mm:ss" from an hour up (a timer runs at most 8 hours). */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  // "hh:mm:ss" of a day, cut to what is needed, without a leading zero.
  return new Date(s * 1000)
    .toISOString()
    .slice(s < 3600 ? 14 : 11, 19)
    .replace(/^0/, "");
}
