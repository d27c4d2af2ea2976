/**
 * Day logic for the "good enough" goal planner: the daily limit, finish-line
 * checks, the realistic time check, carry-over and parking. The week view's
 * logic is in week.ts.
 * Plain functions over plain records; "now" and ids are always passed in.
 *
 * A function that words a message takes the words first (`w`, from the
 * page's words/<locale>.json), so none of the wording is in the JavaScript.
 */
import type { GoalRecord, ParkedRecord } from "./schema";
import type { Content } from "../../engine/storage/worksheet-store";
import { TEXT_MAX } from "../../engine/storage/record";
import { boxedMinutes, formatMinutes, STATUS_WORDS, textNote, type Say } from "./days";
import {
  DAILY_LIMIT_MAX,
  DAILY_LIMIT_MIN,
  DAY_MINUTES_MAX,
  GOAL_STATUSES,
  MINUTES_MAX,
  MINUTES_MIN,
  type GoalStatus,
} from "./schema";

// The stored shape owns its limits; re-exported here for the planner's logic.
export {
  DAILY_LIMIT_MAX,
  DAILY_LIMIT_MIN,
  DAY_MINUTES_MAX,
  GOAL_STATUSES,
  MINUTES_MAX,
  MINUTES_MIN,
  type GoalStatus,
};

export { TEXT_MAX };

/** Goals a day unless the person picks another number. */
export const DEFAULT_DAILY_LIMIT = 3;

/** How many example finish lines the words hold (example1…example7). */
export const FINISH_LINE_EXAMPLES = 7;

/** True for a goal still open: planned or partly done. */
export const isOpen = (g: Pick<GoalRecord, "status">) =>
  g.status === "planned" || g.status === "partly";

/** Kind, plain words for each status; none of them reads as failure. */
export const statusLabel = (w: Say, status: GoalStatus): string => w(STATUS_WORDS[status][0]);

/** A usable daily limit: whole and within 1–5, or the default when not a number. */
export function clampDailyLimit(limit: unknown): number {
  if (typeof limit !== "number" || !Number.isFinite(limit)) return DEFAULT_DAILY_LIMIT;
  return Math.min(DAILY_LIMIT_MAX, Math.max(DAILY_LIMIT_MIN, Math.round(limit)));
}

export type CanAdd = { ok: true } | { ok: false; reason: "limit"; message: string };

/** Why one more goal does not fit: `goalsToday` goals are already set, and `max` is the limit. */
export const limitMessage = (w: Say, goalsToday: number, max: number): string =>
  w("limit", { goals: w("goals", { count: goalsToday }), limit: max });

/**
 * Whether one more goal fits today. `goalsToday` is how many goals are already
 * set for the day. Past the limit it explains, kindly, and never adds silently.
 */
export function canAddGoal(w: Say, goalsToday: number, limit: number): CanAdd {
  const max = clampDailyLimit(limit);
  if (goalsToday < max) return { ok: true };
  return { ok: false, reason: "limit", message: limitMessage(w, goalsToday, max) };
}

export { textNote };

export interface GoalDraft {
  /** The task. */
  task: string;
  /** "Good enough looks like…". */
  goodEnough: string;
  /** Time box: a number, a form field's text, or empty. */
  minutes?: number | string | null;
  /** "What I'm letting go of". */
  lettingGo?: string;
}

export type GoalField = "task" | "goodEnough" | "minutes" | "lettingGo";
export type GoalDraftErrors = Partial<Record<GoalField, string>>;

/** The time box as a number, undefined when left empty, or NaN when it is not a number. */
export function parseMinutes(minutes: GoalDraft["minutes"]): number | undefined {
  if (minutes === undefined || minutes === null) return undefined;
  if (typeof minutes === "string") return minutes.trim() === "" ? undefined : Number(minutes);
  return minutes;
}

/** Field errors for a goal draft; an empty object means it can be saved. */
export function draftErrors(w: Say, draft: GoalDraft): GoalDraftErrors {
  const errors: GoalDraftErrors = {};
  for (const field of ["task", "goodEnough", "lettingGo"] as const) {
    const value = draft[field];
    if (value && value.length > TEXT_MAX) errors[field] = textNote(w, value)!;
  }
  if (!errors.task && !draft.task.trim()) errors.task = w("taskNeeded");
  if (!errors.goodEnough && !draft.goodEnough.trim()) errors.goodEnough = w("finishNeeded");
  const minutes = parseMinutes(draft.minutes);
  if (
    minutes !== undefined &&
    (!Number.isInteger(minutes) || minutes < MINUTES_MIN || minutes > MINUTES_MAX)
  ) {
    errors.minutes = w("minutesBad");
  }
  return errors;
}

/** A record as the planner builds it: the store adds the id and times. */
export type Built<R extends GoalRecord | ParkedRecord> = Content<R>;

/**
 * A new goal from a valid draft (check it with draftErrors first).
 * Texts are trimmed; an empty "letting go" or time box is left out.
 */
export function createGoal(draft: GoalDraft, day: string): Built<GoalRecord> {
  const minutes = parseMinutes(draft.minutes);
  const lettingGo = draft.lettingGo?.trim();
  return {
    kind: "goal",
    day,
    task: draft.task.trim(),
    goodEnough: draft.goodEnough.trim(),
    ...(minutes !== undefined ? { minutes } : {}),
    ...(lettingGo ? { lettingGo } : {}),
    status: "planned",
  };
}

export interface TimeCheck {
  /** Sum of the time boxes of goals not let go. */
  totalMinutes: number;
  /** Minutes the person has today, or null if not set. */
  available: number | null;
  /** Minutes the plan runs past what is available (0 when it fits). */
  over: number;
  /** True when the time boxes add up to more than is available. */
  overBudget: boolean;
}

export interface RealisticCheck extends TimeCheck {
  /** A plain sentence for the person; never a block. */
  message: string;
}

/**
 * Compares the day's time boxes with the time available (as stored: whole
 * minutes from 0 to 1,440, or none). Goals that were let go take no time. It
 * only informs; it never blocks.
 */
export function timeCheck(
  goals: readonly Pick<GoalRecord, "minutes" | "status">[],
  minutesAvailable: number | null | undefined,
): TimeCheck {
  const totalMinutes = boxedMinutes(goals);
  const available = minutesAvailable ?? null;
  const over = Math.max(0, totalMinutes - (available ?? totalMinutes));
  return { totalMinutes, available, over, overBudget: over > 0 };
}

/** The realistic check in a plain sentence, suggesting trimming when the plan runs over. */
export function timeMessage(w: Say, { totalMinutes, available, over }: TimeCheck): string {
  if (available === null) return w("timeUnset");
  const [total, have] = [totalMinutes, available].map((n) => formatMinutes(w, n));
  if (totalMinutes === 0) return w("timeNoBoxes", { have: have! });
  if (over > 0) return w("timeOver", { total: total!, over: formatMinutes(w, over), have: have! });
  const room = available - totalMinutes;
  return (
    w("timeFits", { total: total!, have: have! }) +
    (room > 0 ? w("timeRoom", { room: formatMinutes(w, room) }) : w("timeExact"))
  );
}

/**
 * Compares the day's time boxes with the time available. Goals that were let
 * go take no time. It only informs and suggests trimming; it never blocks.
 */
export function realisticCheck(
  w: Say,
  goals: readonly Pick<GoalRecord, "minutes" | "status">[],
  minutesAvailable: number | null | undefined,
): RealisticCheck {
  const check = timeCheck(goals, minutesAvailable);
  return { ...check, message: timeMessage(w, check) };
}

/**
 * Goals still open (planned or partly done) that the person has not yet
 * carried over or parked. Pass all goals and parked items so those links count.
 */
export function unfinishedGoals<G extends Pick<GoalRecord, "id" | "status" | "carriedFrom">>(
  goals: readonly G[],
  parked: readonly Pick<ParkedRecord, "fromGoal">[] = [],
): G[] {
  const handled = new Set<string>();
  for (const g of goals) if (g.carriedFrom) handled.add(g.carriedFrom);
  for (const p of parked) if (p.fromGoal) handled.add(p.fromGoal);
  return goals.filter((g) => isOpen(g) && !handled.has(g.id));
}

/**
 * A NEW goal for `toDay`, copied from an unfinished one and linked by
 * `carriedFrom`. Only called when the person chooses it; the original is kept.
 */
export const carryOver = (goal: GoalRecord, toDay: string): Built<GoalRecord> => ({
  ...createGoal(goal, toDay),
  carriedFrom: goal.id,
});

/** A parked item for a task that did not fit today, such as one past the daily limit. */
export function parkTask(task: string, note?: string): Built<ParkedRecord> {
  const trimmedNote = note?.trim();
  return {
    kind: "parked",
    task: task.trim(),
    ...(trimmedNote ? { note: trimmedNote } : {}),
  };
}
