import { describe, expect, it } from "vitest";
import {
  computeInsights,
  insightSentence,
  roundHalfAwayFromZero,
  type InsightSummary,
} from "../../../../src/worksheets/experiment-tracker/insights";
import type { ExperimentRecord } from "../../../../src/worksheets/experiment-tracker/schema";
import en from "../../../../src/worksheets/experiment-tracker/words/en.json";
import { words } from "../../../../src/engine/core/words";

const w = words(en);

let n = 0;
function exp(fields: Partial<ExperimentRecord> = {}): ExperimentRecord {
  n++;
  const day = `2024-05-${String(n).padStart(2, "0")}`;
  return {
    id: `e${n}`,
    createdAt: `${day}T09:00:00.000Z`,
    updatedAt: `${day}T09:00:00.000Z`,
    kind: "experiment",
    belief: "If it isn't perfect, it's a failure.",
    ...fields,
  };
}

/** A done experiment with a before and after belief rating. */
const pair = (
  before: number,
  after: number,
  predictionCameTrue?: "yes" | "partly" | "no",
): ExperimentRecord =>
  exp({
    beliefBefore: before,
    beliefAfter: after,
    status: "done",
    ...(predictionCameTrue && { predictionCameTrue }),
  });

const summaryOf = (...records: ExperimentRecord[]) => computeInsights(records).summary;

describe("insight maths", () => {
  it("orders and dates done experiments by the day they were run, not the day they were planned", () => {
    // A chain run in order, 80 → 35 → 20, whose plans were set out of order.
    const first = exp({
      plannedDate: "2024-06-20",
      completedAt: "2024-06-02T12:00:00.000Z",
      beliefBefore: 80,
      beliefAfter: 35,
      status: "done",
    });
    const second = exp({
      plannedDate: "2024-06-01",
      completedAt: "2024-06-09T12:00:00.000Z",
      beliefBefore: 35,
      beliefAfter: 20,
      status: "done",
    });
    const { points } = computeInsights([second, first]);
    expect(points.map((p) => [p.before, p.after])).toEqual([
      [80, 35],
      [35, 20],
    ]);
    expect(points.map((p) => p.day)).toEqual(["2024-06-02", "2024-06-09"]);
  });

  it("lists each done experiment's before, after and change, oldest first", () => {
    const a = pair(80, 50);
    const b = exp({ plannedDate: "2024-01-01", beliefBefore: 60, beliefAfter: 70, status: "done" });
    const { points } = computeInsights([a, b]);
    expect(points.map((p) => p.id)).toEqual([b.id, a.id]);
    expect(points[0]).toMatchObject({ before: 60, after: 70, change: 10, day: "2024-01-01" });
    expect(points[1]).toMatchObject({ before: 80, after: 50, change: -30 });
  });

  it("leaves out planned experiments and those missing a before or after rating", () => {
    const planned = exp({ beliefBefore: 80 });
    const noBefore = exp({ beliefAfter: 30, outcome: "It went fine." });
    const noAfter = exp({ beliefBefore: 70, status: "done" });
    const counted = pair(90, 20);
    const { points, summary } = computeInsights([planned, noBefore, noAfter, counted]);
    expect(points.map((p) => p.id)).toEqual([counted.id]);
    expect(summary.count).toBe(1);
    expect(summary.meanDrop).toBe(70);
  });

  it("counts an experiment as done once an after rating is recorded, even without the status", () => {
    const r = exp({ beliefBefore: 50, beliefAfter: 40 });
    expect(computeInsights([r]).summary.count).toBe(1);
  });

  it("averages the drop over the experiments and rounds it to whole points", () => {
    // Drops of 30, 30 and 10: 70 / 3 = 23.33…
    expect(summaryOf(pair(80, 50), pair(70, 40), pair(60, 50)).meanDrop).toBe(23);
    // Drops of 2, 2, 3, 3, 2: 12 / 5 = 2.4
    expect(summaryOf(pair(5, 3), pair(5, 3), pair(5, 2), pair(5, 2), pair(5, 3)).meanDrop).toBe(2);
    // Drops of 3 and 4: 3.5
    expect(summaryOf(pair(10, 7), pair(10, 6)).meanDrop).toBe(4);
  });

  it("rounds a half-point drop up and a half-point rise to the same size", () => {
    expect(summaryOf(pair(50, 47), pair(50, 48)).meanDrop).toBe(3); // 2.5 dropped
    expect(summaryOf(pair(47, 50), pair(48, 50)).meanDrop).toBe(-3); // 2.5 rose
    expect(summaryOf(pair(50, 50), pair(50, 49)).meanDrop).toBe(1); // 0.5 dropped
    expect(summaryOf(pair(50, 50), pair(49, 50)).meanDrop).toBe(-1); // 0.5 rose
  });

  it("reports a rise as a negative drop", () => {
    expect(summaryOf(pair(40, 50), pair(40, 40)).meanDrop).toBe(-5);
  });

  it("rounds halves away from zero", () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(-2.4)).toBe(-2);
    expect(roundHalfAwayFromZero(0)).toBe(0);
  });

  it("counts how the predictions turned out, and how many were answered", () => {
    const s = summaryOf(
      pair(80, 40, "no"),
      pair(80, 40, "no"),
      pair(80, 40, "partly"),
      pair(80, 40, "yes"),
      pair(80, 40),
      exp({ beliefBefore: 80, predictionCameTrue: "no" }), // no after rating: not counted
    );
    expect(s).toEqual({
      count: 5,
      meanDrop: 40,
      predictionsNotTrue: 2,
      predictionsPartly: 1,
      predictionsTrue: 1,
      withOutcome: 4,
    });
  });

  it("gives zeros and no points for an empty set", () => {
    const { points, summary } = computeInsights([]);
    expect(points).toEqual([]);
    expect(summary).toEqual({
      count: 0,
      meanDrop: 0,
      predictionsNotTrue: 0,
      predictionsPartly: 0,
      predictionsTrue: 0,
      withOutcome: 0,
    });
  });

  it("labels a point with the start of the plan, or the belief when there is no plan", () => {
    const long = exp({
      status: "done",
      beliefBefore: 50,
      beliefAfter: 30,
      experiment: "Send the quarterly report to the whole team after reading it through only once",
    });
    const noPlan = exp({
      status: "done",
      beliefBefore: 50,
      beliefAfter: 30,
      belief: "Mistakes are a disaster.",
    });
    const [a, b] = computeInsights([long, noPlan]).points;
    expect(a!.label.length).toBeLessThanOrEqual(40);
    expect(a!.label.endsWith("…")).toBe(true);
    expect(a!.label.startsWith("Send the quarterly report")).toBe(true);
    expect(b!.label).toBe("Mistakes are a disaster.");
  });
});

describe("the insight sentence", () => {
  it("matches the issue's example when the figures are the same", () => {
    // Drops of 40, 30, 35, 20, 31, 30 = 186, / 6 = 31.
    const records = [
      pair(90, 50, "no"),
      pair(80, 50, "no"),
      pair(75, 40, "partly"),
      pair(60, 40, "no"),
      pair(71, 40, "yes"),
      pair(70, 40, "no"),
    ];
    const s = summaryOf(...records);
    expect(
      insightSentence(s, w).startsWith(
        "Across 6 experiments, your belief ratings dropped by 31 points on average; 4 of 6 predictions did not come true.",
      ),
    ).toBe(true);
  });

  it("is grammatical for a single experiment", () => {
    expect(insightSentence(summaryOf(pair(70, 50, "no")), w)).toBe(
      "In 1 experiment, your belief rating dropped by 20 points; your prediction did not come true.",
    );
  });

  it("uses the singular for 1 point", () => {
    expect(insightSentence(summaryOf(pair(70, 69), pair(70, 69)), w)).toBe(
      "Across 2 experiments, your belief ratings dropped by 1 point on average.",
    );
  });

  it("describes a rise kindly", () => {
    const text = insightSentence(summaryOf(pair(40, 50), pair(40, 40)), w);
    expect(text).toMatch(
      /^Across 2 experiments, your belief ratings rose by 5 points on average\./,
    );
    expect(text).toMatch(/take a few experiments/);
  });

  it("describes no change", () => {
    expect(insightSentence(summaryOf(pair(50, 50)), w)).toMatch(
      /^In 1 experiment, your belief rating stayed the same\./,
    );
    expect(insightSentence(summaryOf(pair(40, 50), pair(50, 40)), w)).toMatch(
      /^Across 2 experiments, your belief ratings stayed about the same on average\./,
    );
  });

  it("treats predictions that came true as useful information", () => {
    const text = insightSentence(summaryOf(pair(80, 60, "yes"), pair(80, 60, "yes")), w);
    expect(text).toMatch(/all 2 predictions came true\./);
    expect(text).toMatch(/useful information, not a failure/);
    expect(text).not.toMatch(/did not/);
  });

  it("does not add the came-true note when no prediction came true", () => {
    const text = insightSentence(summaryOf(pair(80, 60, "no"), pair(80, 60, "no")), w);
    expect(text).toBe(
      "Across 2 experiments, your belief ratings dropped by 20 points on average; none of the 2 predictions came true.",
    );
  });

  it("says when predictions came true only in part", () => {
    expect(insightSentence(summaryOf(pair(80, 60, "partly")), w)).toMatch(
      /your prediction came true in part\./,
    );
    expect(insightSentence(summaryOf(pair(80, 60, "partly"), pair(80, 60, "yes")), w)).toMatch(
      /all 2 predictions came true, at least in part\./,
    );
  });

  it("speaks of the one prediction checked when only one of several was answered", () => {
    expect(insightSentence(summaryOf(pair(80, 60, "no"), pair(80, 60)), w)).toMatch(
      /; the one prediction you checked did not come true\./,
    );
  });

  it("leaves out predictions when none were answered", () => {
    expect(insightSentence(summaryOf(pair(80, 60), pair(70, 50)), w)).toBe(
      "Across 2 experiments, your belief ratings dropped by 20 points on average.",
    );
  });

  it("invites the person to start when there is nothing to show", () => {
    const s: InsightSummary = computeInsights([]).summary;
    expect(insightSentence(s, w)).toMatch(/will show here/);
    expect(insightSentence(s, w)).not.toMatch(/\d/);
  });
});
