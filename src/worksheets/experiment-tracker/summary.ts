import { arrow, clean, nameFrom, short, type Names, type SummaryEntry } from "../../lib/summary";
import { fill } from "../../engine/core/words";
import type { ExperimentRecord } from "./schema";
import { doneDay } from "./day";

/** The experiments in a session summary; `names` holds their labels and title (./summary-names.ts). */
export function experimentEntries(records: ExperimentRecord[], names: Names): SummaryEntry[] {
  const n = (key: string) => nameFrom(names, key) ?? key;
  return records.map((r) => ({
    key: `experiment-tracker:${r.id}`,
    worksheet: "experiment-tracker",
    // A finished experiment is dated by when it was run, a planned one by its plan.
    day: doneDay(r),
    title: fill(n("summaryTitle"), { belief: short(r.belief) }),
    lines: clean([
      [n("summaryBelief"), r.belief],
      [n("summaryBeliefChange"), arrow(r.beliefBefore, r.beliefAfter)],
      [n("summaryDid"), r.experiment],
      [n("summaryPrediction"), r.prediction],
      [n("summaryCameTrue"), r.predictionCameTrue],
      [n("summaryHappened"), r.outcome],
      [n("summaryLearned"), r.learned],
    ]),
    recordIds: [r.id],
  }));
}

export const summaryEntries = (records: ExperimentRecord[], names: Names) =>
  experimentEntries(records, names);
