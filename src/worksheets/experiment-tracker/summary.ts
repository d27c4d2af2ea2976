import { arrow, clean, short, type SummaryEntry } from "../../lib/summary";
import type { ExperimentRecord } from "./schema";

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

export const summaryEntries = (records: ExperimentRecord[]) => experimentEntries(records);
