import { clean, nameFrom, type Names, type SummaryEntry } from "../../lib/summary";
import { fill } from "../../engine/core/words";
import type { GoalPlannerRecord, GoalRecord, ReflectionRecord } from "./schema";

/** A day's goals and reflection in a session summary; `names` holds the words (./summary-names.ts). */
export function goalPlannerEntries(records: GoalPlannerRecord[], names: Names): SummaryEntry[] {
  const n = (key: string) => nameFrom(names, key) ?? key;
  const days = new Map<string, { goals: GoalRecord[]; reflection?: ReflectionRecord }>();
  for (const r of records) {
    if (r.kind !== "goal" && r.kind !== "reflection") continue;
    const d = days.get(r.day) ?? { goals: [] };
    if (r.kind === "goal") d.goals.push(r);
    else d.reflection = r;
    days.set(r.day, d);
  }
  return [...days.entries()].map(([day, { goals, reflection: f }]) => ({
    key: `goal-planner:${day}`,
    worksheet: "goal-planner",
    day,
    title: fill(n("summaryTitle"), { day }),
    lines: clean([
      ...goals.map((g): [string, string] => [
        g.task,
        fill(n("summaryGoal"), { status: n(`status.${g.status}`), goodEnough: g.goodEnough }),
      ]),
      [n("summaryStopped"), f?.stoppedAtGoodEnough],
      [n("summaryPredicted"), f?.predictedVsActual],
      [n("summaryAnxiety"), f?.anxiety],
      [n("summarySatisfaction"), f?.satisfaction],
    ]),
    recordIds: [...goals.map((g) => g.id), ...(f ? [f.id] : [])],
  }));
}

export const summaryEntries = (records: GoalPlannerRecord[], names: Names) =>
  goalPlannerEntries(records, names);
