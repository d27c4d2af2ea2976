import type { ExperimentRecord } from "../worksheets/experiment-tracker/schema";
import type {
  GoalPlannerRecord,
  GoalRecord,
  ReflectionRecord,
} from "../worksheets/goal-planner/schema";
import type { ResultRecord, SelfScreenRecord } from "../worksheets/self-screen/schema";

/** One entry in a session summary: a block to print, and the records it stands for. */
export interface SummaryEntry {
  /** Unique across worksheets. */
  key: string;
  worksheet: string;
  /** YYYY-MM-DD, for sorting and showing. */
  day: string;
  title: string;
  /** Label and value pairs, empty values left out. */
  lines: [string, string][];
  /** The stored records behind the entry, for a download. */
  recordIds: string[];
}

const clean = (lines: [string, string | number | undefined | null][]): [string, string][] =>
  lines
    .filter(([, v]) => v !== undefined && v !== null && v !== "")
    .map(([k, v]) => [k, String(v)]);
const pct = (v?: number) => (v === undefined ? undefined : `${v}%`);
const arrow = (a?: number, b?: number) =>
  a === undefined && b === undefined ? undefined : `${pct(a) ?? "–"} → ${pct(b) ?? "–"}`;
const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function selfScreenEntries(
  records: SelfScreenRecord[],
  domainName: (id: string) => string,
): SummaryEntry[] {
  return records
    .filter((r): r is ResultRecord => r.kind === "result")
    .map((r) => ({
      key: `self-screen:${r.id}`,
      worksheet: "self-screen",
      day: r.completedAt.slice(0, 10),
      title: "Self-screen result",
      lines: clean([
        ["Overall", r.overall.band],
        ...r.domains.map((d): [string, string] => [
          domainName(d.id),
          d.score === null ? "not enough answers" : `${d.score.toFixed(1)} of 4 (${d.band})`,
        ]),
        ["Effect on daily life", r.impact.band],
      ]),
      recordIds: [r.id],
    }));
}

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

export function experimentEntries(records: ExperimentRecord[]): SummaryEntry[] {
  return records.map((r) => ({
    key: `experiment-tracker:${r.id}`,
    worksheet: "experiment-tracker",
    day: r.plannedDate ?? r.createdAt.slice(0, 10),
    title: `Experiment: ${short(r.belief)}`,
    lines: clean([
      ["Belief", r.belief],
      ["Belief before → after", arrow(r.beliefBefore, r.beliefAfter)],
      ["What I did", r.experiment],
      ["Prediction", r.prediction],
      ["Did it come true?", r.predictionCameTrue],
      ["What happened", r.outcome],
      ["What I learned", r.learned],
    ]),
    recordIds: [r.id],
  }));
}

/** A name from a table of names by id; never one of a plain object's inherited names ("constructor"). */
export const nameFrom = (
  table: Readonly<Record<string, string>>,
  id: string,
): string | undefined => (Object.hasOwn(table, id) ? table[id] : undefined);
