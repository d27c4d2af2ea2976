/**
 * What the "today" page shows, computed for one day. The records are indexed
 * once per change (by day and by id), so a person with years of daily goals
 * opens a day without a walk over every record on each render.
 */
import { addDays } from "../../engine/core/dates";
import type {
  DayPlanRecord,
  DumpRecord,
  GoalPlannerRecord,
  GoalRecord,
  ParkedRecord,
  ReflectionRecord,
  SettingsRecord,
} from "./schema";
import { DEFAULT_DAILY_LIMIT, isOpen, timeCheck, type TimeCheck } from "./day";

export interface PlannerIndex {
  goalsByDay: Map<string, GoalRecord[]>;
  byId: Map<string, GoalRecord>;
  /** Ids of goals already carried over or parked. */
  handled: Set<string>;
  parked: ParkedRecord[];
  dumps: DumpRecord[];
  plans: Map<string, DayPlanRecord>;
  reflections: Map<string, ReflectionRecord>;
  settings: SettingsRecord | undefined;
}

/** One pass over the records, sorted into what the page looks up. */
export function indexRecords(records: readonly GoalPlannerRecord[]): PlannerIndex {
  const ix: PlannerIndex = {
    goalsByDay: new Map(),
    byId: new Map(),
    handled: new Set(),
    parked: [],
    dumps: [],
    plans: new Map(),
    reflections: new Map(),
    settings: undefined,
  };
  for (const r of records) {
    if (r.kind === "goal") {
      const list = ix.goalsByDay.get(r.day);
      if (list) list.push(r);
      else ix.goalsByDay.set(r.day, [r]);
      ix.byId.set(r.id, r);
      if (r.carriedFrom) ix.handled.add(r.carriedFrom);
    } else if (r.kind === "parked") {
      ix.parked.push(r);
      if (r.fromGoal) ix.handled.add(r.fromGoal);
    } else if (r.kind === "dump") ix.dumps.push(r);
    else if (r.kind === "dayplan") ix.plans.set(r.day, r);
    else if (r.kind === "reflection") ix.reflections.set(r.day, r);
    else ix.settings = r;
  }
  return ix;
}

/** Still open (planned or partly done) and not yet carried over or parked. */
export const isUnfinished = (ix: PlannerIndex, g: GoalRecord) => isOpen(g) && !ix.handled.has(g.id);

export interface DayView {
  limit: number;
  goals: GoalRecord[];
  plan: DayPlanRecord | undefined;
  check: TimeCheck;
  reflection: ReflectionRecord | undefined;
  /** The day's goals still open. */
  open: GoalRecord[];
  /** On today only: open goals from the 14 days before, newest day first. */
  earlier: GoalRecord[];
}

/** Everything the page needs for `day`, looking only at that day (and, for today, the two weeks before). */
export function dayView(ix: PlannerIndex, day: string, today: string, withinDays = 14): DayView {
  const goals = ix.goalsByDay.get(day) ?? [];
  const plan = ix.plans.get(day);
  const earlier: GoalRecord[] = [];
  if (day === today)
    for (let i = 1; i <= withinDays; i++)
      for (const g of ix.goalsByDay.get(addDays(today, -i)) ?? [])
        if (isUnfinished(ix, g)) earlier.push(g);
  return {
    // The stored shape already holds a limit to whole numbers from 1 to 5.
    limit: ix.settings?.dailyLimit ?? DEFAULT_DAILY_LIMIT,
    goals,
    plan,
    check: timeCheck(goals, plan?.minutesAvailable),
    reflection: ix.reflections.get(day),
    open: goals.filter((g) => isUnfinished(ix, g)),
    earlier,
  };
}

/** How many goals the day an unfinished goal would be carried to already holds. */
export const goalsOn = (ix: PlannerIndex, day: string) => ix.goalsByDay.get(day)?.length ?? 0;
