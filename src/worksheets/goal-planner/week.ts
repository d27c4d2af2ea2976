/**
 * The goal planner's week view and history: per-day counts and ratings, the
 * days that have anything in them, and one line to sum up a day.
 */
import type { GoalRecord, GoalStatus, ReflectionRecord } from "./schema";
import type { Say } from "./days";
import { addDays, toUtc } from "../../engine/core/dates";

/**
 * The 7 days of the week that holds `day`, in order. `weekStartsOn` is
 * 0 for Sunday through 6 for Saturday; the default, 1, starts on Monday.
 * Here, not in dates.ts, because only the week page uses it, and dates.ts is
 * in the engine chunk every island page loads.
 */
export function weekOf(day: string, weekStartsOn = 1): string[] {
  const back = (toUtc(day).getUTCDay() - weekStartsOn + 7) % 7;
  const start = addDays(day, -back);
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
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
  // Grouped once, so years of history cost one pass, not one pass per day.
  const wanted = new Set(days);
  const goalsOn = new Map<string, (typeof goals)[number][]>();
  for (const g of goals)
    if (wanted.has(g.day)) {
      const list = goalsOn.get(g.day);
      if (list) list.push(g);
      else goalsOn.set(g.day, [g]);
    }
  // One reflection per day is expected; if a merge left two, the newest wins.
  const latest = new Map<string, (typeof reflections)[number]>();
  for (const r of reflections) {
    const had = latest.get(r.day);
    if (wanted.has(r.day) && (!had || r.updatedAt > had.updatedAt)) latest.set(r.day, r);
  }
  return days.map((day) => {
    const mine = goalsOn.get(day) ?? [];
    const tally = (s: GoalStatus) => mine.filter((g) => g.status === s).length;
    const r = latest.get(day);
    return {
      day,
      set: mine.length,
      goodEnough: tally("done"),
      partly: tally("partly"),
      letGo: tally("let-go"),
      anxiety: r?.anxiety ?? null,
      satisfaction: r?.satisfaction ?? null,
    };
  });
}

/** How a day's goals ended, in the order the week chart stacks them. */
export const ENDINGS = ["goodEnough", "partly", "letGo", "open"] as const;

/**
 * The week chart's stacked series: for each ending, one count per day, with
 * "open" for goals still planned, so a day's stack adds up to the goals set.
 * A day with no goals is null in every series, so it draws nothing.
 */
export function weekEndings(
  rows: readonly DaySummary[],
): Record<(typeof ENDINGS)[number], (number | null)[]> {
  const per = (count: (r: DaySummary) => number) => rows.map((r) => (r.set ? count(r) : null));
  return {
    goodEnough: per((r) => r.goodEnough),
    partly: per((r) => r.partly),
    letGo: per((r) => r.letGo),
    open: per((r) => r.set - r.goodEnough - r.partly - r.letGo),
  };
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
