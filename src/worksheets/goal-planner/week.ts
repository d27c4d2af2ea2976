/**
 * The goal planner's week view and history: per-day counts and ratings, the
 * days that have anything in them, and one line to sum up a day.
 */
import type { GoalRecord, GoalStatus, ReflectionRecord } from "./schema";
import type { Say } from "./days";

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
    const tally = (s: GoalStatus) => mine.filter((g) => g.status === s).length;
    // One reflection per day is expected; if a merge left two, the newest wins.
    let latest: (typeof reflections)[number] | undefined;
    for (const r of reflections)
      if (r.day === day && (!latest || r.updatedAt > latest.updatedAt)) latest = r;
    return {
      day,
      set: mine.length,
      goodEnough: tally("done"),
      partly: tally("partly"),
      letGo: tally("let-go"),
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

/** One line for the history list, e.g. "3 goals, 2 done: good enough; reflection written". */
export const summaryText = (w: Say, s: DaySummary, reflected: boolean): string =>
  w("goals", { count: s.set }) +
  (s.set > 0 ? w("done", { count: s.goodEnough }) : "") +
  (reflected ? w("reflected") : "");
