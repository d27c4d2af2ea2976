import type { Band, Bands, Instrument, Item } from "./instrument";

/**
 * Pure scoring for the self-screen. Nothing here reads storage, the clock or
 * the DOM: the same answers always give the same result.
 */

import { SCALE_MAX } from "./schema";

/** The top of the shared 0–4 answer scale (owned by the stored shape); a reverse-keyed item scores SCALE_MAX − answer. */
export { SCALE_MAX };
/**
 * True when a group (an area, the overall signs or the impact questions) has
 * enough answers to score: at least half of its items, rounded up (2 of an
 * area's 3). A mean of fewer answers would lean on one or two statements and
 * could swing a whole band on a single answer, so the results say "not enough
 * answers" rather than show a number that looks surer than it is.
 */
export const enoughAnswers = (answered: number, total: number): boolean =>
  answered > 0 && answered * 2 >= total;

/**
 * True when most questions were skipped (fewer than half answered): finishing
 * then asks "Finish anyway?" first, because most areas will have no score.
 */
export const mostlySkipped = (instrument: Pick<Instrument, "items">, answers: Answers): boolean =>
  instrument.items.filter((item) => answers[item.id] !== undefined).length * 2 <
  instrument.items.length;
/** A translator over the self-screen's words (words/<locale>.json), as islands get it from t(). */
export type Say = (key: string, vars?: Record<string, string | number>) => string;

/** Item id → answer (0–4). A skipped item is simply absent. */
export type Answers = Record<string, number>;
export type ScoreStatus = "scored" | "not-enough-answers";

export interface GroupScore {
  /** Mean of the answered items after reverse keying, 0–4; null when too few answers. */
  score: number | null;
  /** How many of the group's items were answered. */
  answered: number;
  /** How many items the group has. */
  total: number;
  band: Band | null;
  status: ScoreStatus;
}

export interface DomainScore extends GroupScore {
  id: string;
  name: string;
}

export interface ScreenScores {
  ok: true;
  /** The sign domains, in instrument order (the impact group is not among them). */
  domains: DomainScore[];
  /** Mean over every answered sign item, impact items left out. */
  overall: GroupScore;
  /** Mean over the answered impact items. */
  impact: GroupScore;
  /** How many items were answered in all, impact included. */
  answeredCount: number;
  /** Why the results suggest talking to a professional, if they do (see concernFor). */
  concern: Concern;
  /** Up to two scored sign domains with the highest scores; ties keep instrument order. */
  topDomains: DomainScore[];
}

export interface ScoringError {
  ok: false;
  /** What is wrong, and with which question's answer (for the developer; a person never sees it). */
  error: { kind: "unknown-item" | "invalid-answer"; item: string };
}

export type ScreenResult = ScreenScores | ScoringError;

/** The score of one answer: the answer itself, or SCALE_MAX minus it for a reverse-keyed item. */
export const scoreItem = (item: Pick<Item, "reverse">, answer: number): number =>
  item.reverse ? SCALE_MAX - answer : answer;

/** The band a score falls in, or null for no score. */
export function bandFor(score: number | null, bands: Bands): Band | null {
  if (score === null) return null;
  return score >= bands.highFrom ? "high" : score >= bands.moderateFrom ? "moderate" : "low";
}

const BAND_WORDS = { low: "bandLow", moderate: "bandModerate", high: "bandHigh" } as const;

/** A band in plain words; no band reads "not enough answers" (key "missing"). */
export const bandLabel = (w: Say, band: Band | null): string =>
  w(band ? BAND_WORDS[band] : "missing");

/** The two highest scored domains; Array#sort is stable, so ties keep instrument order. */
export const topTwo = <D extends { score: number | null }>(domains: readonly D[]): D[] =>
  domains
    .filter((d) => d.score !== null)
    .sort((a, b) => b.score! - a.score!)
    .slice(0, 2);

/**
 * Why the results suggest talking to a professional: "impact" when the impact
 * answers are high, "signs" when only the overall band is high, or null. Only
 * the impact answers can say perfectionism gets in the way of someone's days;
 * a high overall band with the impact questions skipped is "signs".
 */
export type Concern = "impact" | "signs" | null;
export const concernFor = (overall: Band | null, impact: Band | null): Concern =>
  impact === "high" ? "impact" : overall === "high" ? "signs" : null;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * What an overall or impact band means, in plain words (keys such as
 * "overallHigh" or "impactNone"). With no band, the impact words tell apart
 * "you did not answer these questions" (none answered) from too few answers.
 */
export const bandMeaning = (
  w: Say,
  group: "overall" | "impact",
  band: Band | null,
  answered: number,
): string => w(group + (band ? cap(band) : answered ? "Few" : "None"));

function scoreGroup(
  items: readonly Item[],
  answers: ReadonlyMap<string, number>,
  bands: Bands,
): GroupScore {
  let sum = 0;
  let answered = 0;
  for (const item of items) {
    const answer = answers.get(item.id);
    if (answer === undefined) continue;
    sum += scoreItem(item, answer);
    answered++;
  }
  const score = enoughAnswers(answered, items.length) ? sum / answered : null;
  return {
    score,
    answered,
    total: items.length,
    band: bandFor(score, bands),
    status: score === null ? "not-enough-answers" : "scored",
  };
}

const fail = (kind: ScoringError["error"]["kind"], item: string): ScoringError => ({
  ok: false,
  error: { kind, item },
});

/**
 * Scores a set of answers. An answer to an item the instrument does not have,
 * or one that is not a whole number from 0 to 4, is rejected rather than ignored.
 */
export function scoreScreen(instrument: Instrument, answers: Answers): ScreenResult {
  const known = new Set(instrument.items.map((item) => item.id));
  const given = new Map<string, number>();
  for (const [id, answer] of Object.entries(answers)) {
    if (!known.has(id)) return fail("unknown-item", id);
    if (!Number.isInteger(answer) || answer < 0 || answer > SCALE_MAX) {
      return fail("invalid-answer", id);
    }
    given.set(id, answer);
  }

  const { bands, items } = instrument;
  const signs = instrument.domains.filter((d) => d.kind === "sign");
  const signIds = new Set(signs.map((d) => d.id));
  const impactIds = new Set(instrument.domains.filter((d) => d.kind === "impact").map((d) => d.id));

  const domains: DomainScore[] = signs.map((d) => ({
    id: d.id,
    name: d.name,
    ...scoreGroup(
      items.filter((item) => item.domain === d.id),
      given,
      bands,
    ),
  }));
  const overall = scoreGroup(
    items.filter((item) => signIds.has(item.domain)),
    given,
    bands,
  );
  const impact = scoreGroup(
    items.filter((item) => impactIds.has(item.domain)),
    given,
    bands,
  );
  const topDomains = topTwo(domains);

  return {
    ok: true,
    domains,
    overall,
    impact,
    answeredCount: given.size,
    concern: concernFor(overall.band, impact.band),
    topDomains,
  };
}

const inSentence = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** One plain, kind sentence for the top of the results page. It describes; it never diagnoses. */
export function summarize(w: Say, result: ScreenScores): string {
  const [first, second] = result.topDomains;
  if (!first) return w("summaryNone");
  if (first.band === "low") return w("summaryLow");
  if (!second || second.band === "low") return w("summaryOne", { first: inSentence(first.name) });
  return w("summaryTwo", { first: inSentence(first.name), second: inSentence(second.name) });
}

/** The part of a result that is saved with it, so later edits to the instrument never change it. */
export interface ScoreSnapshot {
  domains: { id: string; score: number | null; band: Band | null }[];
  overall: { score: number | null; band: Band | null };
  impact: { score: number | null; band: Band | null };
}

/** The scores to store with a result record. */
export const snapshotScores = (result: ScreenScores): ScoreSnapshot => ({
  domains: result.domains.map(({ id, score, band }) => ({ id, score, band })),
  overall: { score: result.overall.score, band: result.overall.band },
  impact: { score: result.impact.score, band: result.impact.band },
});
