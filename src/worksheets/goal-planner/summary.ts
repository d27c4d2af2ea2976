import { clean, type SummaryEntry } from "../../lib/summary";
import type { GoalPlannerRecord, GoalRecord, ReflectionRecord } from "./schema";

const STATUS: Record<GoalRecord["status"], string> = {
  planned: "planned",
  done: "done: good enough",
  partly: "partly done",
  "let-go": "let go, on purpose",
};

export function goalPlannerEntries(records: GoalPlannerRecord[]): SummaryEntry[] {
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
    title: `Goals for ${day}`,
    lines: clean([
      ...goals.map((g): [string, string] => [
        g.task,
        `${STATUS[g.status]}. Good enough: ${g.goodEnough}`,
      ]),
      ["When I stopped at good enough", f?.stoppedAtGoodEnough],
      ["Predicted and what happened", f?.predictedVsActual],
      ["Anxiety (0–10)", f?.anxiety],
      ["Satisfaction (0–10)", f?.satisfaction],
    ]),
    recordIds: [...goals.map((g) => g.id), ...(f ? [f.id] : [])],
  }));
}

export const summaryEntries = (records: GoalPlannerRecord[]) => goalPlannerEntries(records);
