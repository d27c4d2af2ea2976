import type { PracticeRecord, StepRecord } from "./schema";
import { parseRating } from "../../engine/form";
import type { Vars } from "../../engine/core/words";

/**
 * Pure logic for the exposure ladder that both of its pages use: the order of
 * steps, short labels, and a step's practices in order. Exposure works by
 * meeting a fear and taking in information that corrects it (foa1986); the
 * practice log is where that information is written down.
 *
 * What only one page needs lives apart, so each page loads only its own:
 * steps.ts (the ladder: gaps, advice, ladder and step forms) and practice.ts
 * (a step's practice log and progress). Their wording is an argument (from
 * words/en.json, which the pages pass in as HTML), so it costs no JavaScript.
 */

/** Neighbouring steps further apart than this many points are flagged. */
export const GAP_MAX = 20;
/** The suggested number of steps on a ladder. */
export const STEPS_MIN = 8;
export const STEPS_MAX = 15;

// Ordering

function byCreated(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A step's place on the ladder: its expected distress; a step not yet rated goes above 100. */
const place = (s: StepRecord) => s.expectedSuds ?? 101;

/**
 * Steps from lowest to highest expected distress; ties keep the order they were
 * made, and steps not yet rated come last. New array.
 */
export function sortSteps(steps: readonly StepRecord[]): StepRecord[] {
  return [...steps].sort((a, b) => place(a) - place(b) || byCreated(a, b));
}

/** The lowest step not yet mastered, or null when every step is mastered (or there are none). */
export function nextStep(sortedSteps: readonly StepRecord[]): StepRecord | null {
  return sortedSteps.find((s) => !s.mastered) ?? null;
}

// Labels and wording

/** A worksheet's words bound to a locale (words() in src/engine/core/words.ts). */
export type Say = (key: string, vars?: Vars) => string;

const LABEL_MAX = 40;

/** The start of a text, cut at a word where possible, for use inside a message. */
export function shortLabel(s: string): string {
  const t = s.trim().replace(/\s+/g, " ");
  if (t.length <= LABEL_MAX) return t;
  const cut = t.slice(0, LABEL_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > LABEL_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

/** Distress (SUDS) is a 0–100 rating like any other. */
export const parseSuds = parseRating;

// Practices

/** One practice, for the chart and its table. A rating left empty is null. */
export interface PracticePoint {
  id: string;
  /** 1 for the first practice, 2 for the next… */
  n: number;
  day: string;
  before: number | null;
  peak: number | null;
  after: number | null;
}

const byDay = (a: PracticeRecord, b: PracticeRecord) =>
  a.day < b.day ? -1 : a.day > b.day ? 1 : byCreated(a, b);

/** One step's practices, oldest first (by day, then when they were logged). */
export function practiceSeries(practices: readonly PracticeRecord[]): PracticePoint[] {
  return [...practices].sort(byDay).map((p, i) => ({
    id: p.id,
    n: i + 1,
    day: p.day,
    before: p.before ?? null,
    peak: p.peak ?? null,
    after: p.after ?? null,
  }));
}
