import type { ExperimentRecord } from "./schema";
import { byDoneDay, isDone } from "./order";
import { doneDay } from "./day";
import type { W } from "../../engine/ui/question";

/** One done experiment, for the chart and its table. */
export interface ExperimentPoint {
  id: string;
  /** A short name: the start of "what I will do", or of the belief if that is empty. */
  label: string;
  /** The day it was run (see doneDay in ./day.ts). */
  day: string;
  /** Belief rating before, 0–100. */
  before: number;
  /** Belief rating after, 0–100. */
  after: number;
  /** after − before: negative when the belief weakened. */
  change: number;
}

export interface InsightSummary {
  /** Done experiments with both a before and an after belief rating. */
  count: number;
  /**
   * Mean of (before − after) over those experiments, rounded to whole points,
   * halves away from zero (2.5 → 3, −2.5 → −3), so a rise and a drop of the
   * same size read the same. Positive means the belief dropped; 0 when count is 0.
   */
  meanDrop: number;
  /** Of those experiments, how many predictions did not come true. */
  predictionsNotTrue: number;
  /** …came true in part. */
  predictionsPartly: number;
  /** …came true. */
  predictionsTrue: number;
  /** …had the "did the prediction come true?" question answered. */
  withOutcome: number;
}

export interface Insights {
  /** In the order the experiments were run, oldest first. */
  points: ExperimentPoint[];
  summary: InsightSummary;
}

const LABEL_MAX = 40;

/** Rounds to a whole number, halves away from zero. */
export const roundHalfAwayFromZero = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));

function shortLabel(s: string): string {
  const t = s.trim().replace(/\s+/g, " ");
  if (t.length <= LABEL_MAX) return t;
  const cut = t.slice(0, LABEL_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > LABEL_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

/**
 * Progress over done experiments that have both beliefBefore and beliefAfter.
 * Prediction counts are over the same experiments, so "4 of 6" refers to them.
 */
export function computeInsights(records: readonly ExperimentRecord[]): Insights {
  const points: ExperimentPoint[] = [];
  const summary: InsightSummary = {
    count: 0,
    meanDrop: 0,
    predictionsNotTrue: 0,
    predictionsPartly: 0,
    predictionsTrue: 0,
    withOutcome: 0,
  };
  let totalDrop = 0;
  for (const r of byDoneDay(records)) {
    const { beliefBefore: before, beliefAfter: after } = r;
    if (before === undefined || after === undefined) continue;
    points.push({
      id: r.id,
      label: shortLabel(r.experiment?.trim() || r.belief),
      day: doneDay(r),
      before,
      after,
      change: after - before,
    });
    totalDrop += before - after;
    if (r.predictionCameTrue === "no") summary.predictionsNotTrue++;
    if (r.predictionCameTrue === "partly") summary.predictionsPartly++;
    if (r.predictionCameTrue === "yes") summary.predictionsTrue++;
    if (r.predictionCameTrue !== undefined) summary.withOutcome++;
  }
  summary.count = points.length;
  summary.meanDrop = points.length ? roundHalfAwayFromZero(totalDrop / points.length) : 0;
  return { points, summary };
}

/** The clause on how the checked predictions turned out; "" when none was checked. */
function predictionClause(s: InsightSummary, w: W): string {
  const n = s.withOutcome;
  if (n === 0) return "";
  if (n === 1) {
    const who = s.count === 1 ? "predictionOne" : "predictionChecked";
    const how = s.predictionsNotTrue ? "NotTrue" : s.predictionsPartly ? "Partly" : "True";
    return w(who + how);
  }
  if (s.predictionsNotTrue === n) return w("predictionsNone", { count: n });
  if (s.predictionsNotTrue === 0)
    return w(s.predictionsPartly ? "predictionsAllPartly" : "predictionsAll", { count: n });
  return w("predictionsSomeNot", { not: s.predictionsNotTrue, count: n });
}

/**
 * A plain summary, e.g. "Across 6 experiments, your belief ratings dropped by
 * 31 points on average; 4 of 6 predictions did not come true." A prediction
 * that came true is framed as useful information, and a rise or no change as
 * part of the process.
 */
export function insightSentence(s: InsightSummary, w: W): string {
  if (s.count === 0) return w("insightNone");
  const avg = s.count === 1 ? "" : "Average";
  const change =
    s.meanDrop > 0
      ? w(`insightDropped${avg}`, { count: s.meanDrop })
      : s.meanDrop < 0
        ? w(`insightRose${avg}`, { count: -s.meanDrop })
        : w(`insightSame${avg}`);
  const clause = predictionClause(s, w);
  const subject = w("insightSubject", { count: s.count });
  const out = [w(clause ? "insightSentenceWith" : "insightSentence", { subject, change, clause })];
  if (s.predictionsTrue + s.predictionsPartly > 0) out.push(w("insightUseful"));
  if (s.meanDrop <= 0) out.push(w("insightTakesTime"));
  return out.join(" ");
}

/**
 * The chart's categories and series. Categories are numbered ("1. Send the
 * email…") so two experiments with the same plan still get their own row.
 */
export function chartData(points: readonly ExperimentPoint[]) {
  return {
    categories: points.map((p, i) => `${i + 1}. ${p.label}`),
    before: points.map((p) => p.before),
    after: points.map((p) => p.after),
  };
}

/** Done experiments left out of the chart because a belief rating is missing. */
export const doneWithoutRatings = (records: readonly ExperimentRecord[]): number =>
  records.filter((r) => isDone(r) && (r.beliefBefore === undefined || r.beliefAfter === undefined))
    .length;
