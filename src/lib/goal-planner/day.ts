/**
 * Day logic for the "good enough" goal planner: the daily limit, finish-line
 * checks, the realistic time check, carry-over and parking, and the week view.
 * Plain functions over plain records; "now" and ids are always passed in.
 */
import type { GoalRecord, ParkedRecord, ReflectionRecord } from "../../schemas/stored/goal-planner";
import { TEXT_MAX } from "../../schemas/stored/record";
import {
  DAILY_LIMIT_MAX,
  DAILY_LIMIT_MIN,
  DAY_MINUTES_MAX,
  GOAL_STATUSES,
  MINUTES_MAX,
  MINUTES_MIN,
  type GoalStatus,
} from "../../schemas/stored/goal-planner";

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

/** Example finish lines, offered as ideas for "Good enough looks like…". */
export const FINISH_LINE_EXAMPLES: readonly string[] = [
  "One read-through, then send.",
  "A rough outline with the three main points.",
  "Tidy the desk surface only, not the drawers.",
  "Answer the question asked, in five sentences or fewer.",
  "Cook something warm; it does not need a recipe.",
  "Twenty minutes of study, then stop even mid-page.",
  "Slides are readable; plain fonts and colors are fine.",
];

const STATUS_LABELS: Record<GoalStatus, string> = {
  planned: "Planned",
  done: "Done: good enough",
  partly: "Partly done",
  "let-go": "Let go, on purpose",
};

/** Kind, plain words for each status; none of them reads as failure. */
export const statusLabel = (status: GoalStatus): string => STATUS_LABELS[status];

/** A usable daily limit: whole and within 1–5, or the default when not a number. */
export function clampDailyLimit(limit: unknown): number {
  if (typeof limit !== "number" || !Number.isFinite(limit)) return DEFAULT_DAILY_LIMIT;
  return Math.min(DAILY_LIMIT_MAX, Math.max(DAILY_LIMIT_MIN, Math.round(limit)));
}

const goalWord = (n: number) => (n === 1 ? "1 goal" : `${n} goals`);

export type CanAdd = { ok: true } | { ok: false; reason: "limit"; message: string };

/**
 * Whether one more goal fits today. `goalsToday` is how many goals are already
 * set for the day. Past the limit it explains, kindly, and never adds silently.
 */
export function canAddGoal(goalsToday: number, limit: number): CanAdd {
  const max = clampDailyLimit(limit);
  if (goalsToday < max) return { ok: true };
  return {
    ok: false,
    reason: "limit",
    message:
      `You already have ${goalWord(goalsToday)} for today, and your limit is ${max}. ` +
      "A short list is one you can actually finish, and finishing a few things feels better " +
      "than dragging a long list into tomorrow. If this one matters, you could park it for " +
      "another day, or swap it for a goal that is already on the list.",
  };
}

/** A note for a text box at or past the 2,000-character cap, or null while there is room. */
export function textLimitMessage(value: string): string | null {
  const cap = TEXT_MAX.toLocaleString("en-US");
  if (value.length > TEXT_MAX) {
    return (
      `This is over the ${cap}-character limit (${value.length.toLocaleString("en-US")} now). ` +
      "Please shorten it a little before saving. Nothing has been cut."
    );
  }
  if (value.length === TEXT_MAX) return `You have reached the ${cap}-character limit for this box.`;
  return null;
}

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
function parseMinutes(minutes: GoalDraft["minutes"]): number | undefined {
  if (minutes === undefined || minutes === null) return undefined;
  if (typeof minutes === "string") return minutes.trim() === "" ? undefined : Number(minutes);
  return minutes;
}

/** Field errors for a goal draft; an empty object means it can be saved. */
export function validateGoalDraft(draft: GoalDraft): GoalDraftErrors {
  const errors: GoalDraftErrors = {};
  const texts: [GoalField, string | undefined][] = [
    ["task", draft.task],
    ["goodEnough", draft.goodEnough],
    ["lettingGo", draft.lettingGo],
  ];
  for (const [field, value] of texts) {
    const note = value && value.length > TEXT_MAX ? textLimitMessage(value) : null;
    if (note) errors[field] = note;
  }
  if (!errors.task && !draft.task.trim()) errors.task = "Write the task in a few words.";
  if (!errors.goodEnough && !draft.goodEnough.trim()) {
    errors.goodEnough =
      "Add a finish line: what does good enough look like for this one? " +
      "Deciding before you start makes it easier to stop.";
  }
  const minutes = parseMinutes(draft.minutes);
  if (
    minutes !== undefined &&
    (!Number.isInteger(minutes) || minutes < MINUTES_MIN || minutes > MINUTES_MAX)
  ) {
    errors.minutes = `Pick a whole number of minutes from ${MINUTES_MIN} to ${MINUTES_MAX}.`;
  }
  return errors;
}

/**
 * A new goal record from a valid draft (check it with validateGoalDraft first).
 * Texts are trimmed; an empty "letting go" or time box is left out.
 */
export function createGoal(draft: GoalDraft, day: string, now: string, id: string): GoalRecord {
  const minutes = parseMinutes(draft.minutes);
  const lettingGo = draft.lettingGo?.trim();
  return {
    id,
    createdAt: now,
    updatedAt: now,
    kind: "goal",
    day,
    task: draft.task.trim(),
    goodEnough: draft.goodEnough.trim(),
    ...(minutes !== undefined ? { minutes } : {}),
    ...(lettingGo ? { lettingGo } : {}),
    status: "planned",
  };
}

/** "45 min", "2 h", "1 h 30 min". */
export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export interface RealisticCheck {
  /** Sum of the time boxes of goals not let go. */
  totalMinutes: number;
  /** Minutes the person has today, or null if not set. */
  available: number | null;
  /** Minutes the plan runs past what is available (0 when it fits). */
  over: number;
  /** True when the time boxes add up to more than is available. */
  overBudget: boolean;
  /** A plain sentence for the person; never a block. */
  message: string;
}

/**
 * Compares the day's time boxes with the time available. Goals that were let
 * go take no time. It only informs and suggests trimming; it never blocks.
 */
export function realisticCheck(
  goals: readonly Pick<GoalRecord, "minutes" | "status">[],
  minutesAvailable: number | null | undefined,
): RealisticCheck {
  const totalMinutes = goals.reduce(
    (sum, g) => sum + (g.status === "let-go" ? 0 : (g.minutes ?? 0)),
    0,
  );
  const available =
    typeof minutesAvailable === "number" && Number.isFinite(minutesAvailable)
      ? Math.max(0, minutesAvailable)
      : null;
  const over = available === null ? 0 : Math.max(0, totalMinutes - available);
  const overBudget = over > 0;
  let message: string;
  if (available === null) {
    message = "Set how much time you have today to see whether the plan fits.";
  } else if (totalMinutes === 0) {
    message = `You have ${formatMinutes(available)} today. Add time boxes to your goals to see how they fit.`;
  } else if (overBudget) {
    message =
      `Your time boxes add up to ${formatMinutes(totalMinutes)}, which is ${formatMinutes(over)} more ` +
      `than the ${formatMinutes(available)} you have. You could shorten a time box, make a finish ` +
      "line smaller, or park a goal for another day.";
  } else {
    const room = available - totalMinutes;
    message =
      `Your time boxes add up to ${formatMinutes(totalMinutes)} of the ${formatMinutes(available)} you have.` +
      (room > 0
        ? ` That leaves ${formatMinutes(room)} for breaks and surprises.`
        : " That fits exactly.");
  }
  return { totalMinutes, available, over, overBudget, message };
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
  return goals.filter(
    (g) => (g.status === "planned" || g.status === "partly") && !handled.has(g.id),
  );
}

/**
 * A NEW goal for `toDay`, copied from an unfinished one and linked by
 * `carriedFrom`. Only called when the person chooses it; the original is kept.
 */
export function carryOver(goal: GoalRecord, toDay: string, now: string, id: string): GoalRecord {
  const { minutes, lettingGo } = goal;
  return {
    id,
    createdAt: now,
    updatedAt: now,
    kind: "goal",
    day: toDay,
    task: goal.task,
    goodEnough: goal.goodEnough,
    ...(minutes !== undefined ? { minutes } : {}),
    ...(lettingGo !== undefined ? { lettingGo } : {}),
    status: "planned",
    carriedFrom: goal.id,
  };
}

/** A parked item for a task that did not fit today, such as one past the daily limit. */
export function parkTask(task: string, now: string, id: string, note?: string): ParkedRecord {
  const trimmedNote = note?.trim();
  return {
    id,
    createdAt: now,
    updatedAt: now,
    kind: "parked",
    task: task.trim(),
    ...(trimmedNote ? { note: trimmedNote } : {}),
  };
}

/** A parked item from an unfinished goal, keeping its finish line and time box. */
export function parkGoal(goal: GoalRecord, now: string, id: string): ParkedRecord {
  const { minutes } = goal;
  return {
    id,
    createdAt: now,
    updatedAt: now,
    kind: "parked",
    task: goal.task,
    goodEnough: goal.goodEnough,
    ...(minutes !== undefined ? { minutes } : {}),
    fromGoal: goal.id,
  };
}

export interface DaySummary {
  day: string;
  /** Goals set for the day. */
  set: number;
  /** Goals done: good enough. */
  goodEnough: number;
  /** Goals partly done. */
  partly: number;
  /** Goals let go on purpose. */
  letGo: number;
  /** Anxiety from that day's reflection, 0–10, or null. */
  anxiety: number | null;
  /** Satisfaction from that day's reflection, 0–10, or null. */
  satisfaction: number | null;
}

/** Per-day counts and ratings for the week chart and its table, in the order of `days`. */
export function weekSummary(
  days: readonly string[],
  goals: readonly Pick<GoalRecord, "day" | "status">[],
  reflections: readonly Pick<ReflectionRecord, "day" | "updatedAt" | "anxiety" | "satisfaction">[],
): DaySummary[] {
  return days.map((day) => {
    const mine = goals.filter((g) => g.day === day);
    const count = (s: GoalStatus) => mine.filter((g) => g.status === s).length;
    // One reflection per day is expected; if a merge left two, the newest wins.
    let latest: (typeof reflections)[number] | undefined;
    for (const r of reflections)
      if (r.day === day && (!latest || r.updatedAt > latest.updatedAt)) latest = r;
    return {
      day,
      set: mine.length,
      goodEnough: count("done"),
      partly: count("partly"),
      letGo: count("let-go"),
      anxiety: latest?.anxiety ?? null,
      satisfaction: latest?.satisfaction ?? null,
    };
  });
}

/** Every day that has goals or a reflection, newest first, each once. */
export function historyDays(
  goals: readonly Pick<GoalRecord, "day">[],
  reflections: readonly Pick<ReflectionRecord, "day">[],
): string[] {
  const days = new Set<string>();
  for (const r of [...goals, ...reflections]) days.add(r.day);
  return [...days].sort().reverse();
}
