import { derive } from "../../engine/core/derive";
import type { Instrument } from "./instrument";
import { mostlySkipped, scoreScreen, snapshotScores, type Answers } from "./scoring";
import { PROGRESS_ID, type ProgressRecord } from "./schema";
import { selfScreen } from "./store";

// The self-screen in progress: start, answer, finish. Its store is ./self-screen.ts.

/** The unfinished screen, if any. */
export const $progress = derive(selfScreen.$records, (records) =>
  records.find((r): r is ProgressRecord => r.kind === "progress"),
);

/** True when an unfinished screen was made with this instrument and version (an older one cannot resume). */
export const progressFits = (progress: ProgressRecord | undefined, instrument: Instrument) =>
  !!progress &&
  progress.instrumentId === instrument.id &&
  progress.instrumentVersion === instrument.version;

/**
 * The instrument is passed in, not imported: the page hands it to the island
 * as HTML props, which keeps its text out of the JavaScript budget.
 */

/** Starts a fresh screen, replacing any unfinished one. */
export function startScreen(instrument: Instrument, now = new Date()): void {
  const progress = {
    kind: "progress" as const,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    answers: {},
    step: 0,
    startedAt: now.toISOString(),
  };
  if (selfScreen.$records.get().some((r) => r.id === PROGRESS_ID)) {
    selfScreen.update(PROGRESS_ID, progress);
  } else {
    selfScreen.create(progress, PROGRESS_ID);
  }
}

/** Saves an answer (or clears it, when skipped) and the step, as each is given. */
export function saveAnswer(itemId: string, value: number | null, step: number): void {
  const progress = $progress.get();
  if (!progress) return;
  const answers: Answers = { ...progress.answers };
  if (value === null) delete answers[itemId];
  else answers[itemId] = value;
  selfScreen.update(PROGRESS_ID, { answers, step });
}

export function saveStep(step: number): void {
  if ($progress.get()) selfScreen.update(PROGRESS_ID, { step });
}

/**
 * Scores the unfinished screen, saves it as a result and clears the progress.
 * Returns the result's id. When most questions were skipped it saves nothing
 * (null) unless `anyway` is true: the person has been asked "Finish anyway?".
 */
export function finishScreen(
  instrument: Instrument,
  now = new Date(),
  anyway = false,
): string | null {
  const progress = $progress.get();
  if (!progressFits(progress, instrument)) return null;
  if (!anyway && mostlySkipped(instrument, progress!.answers)) return null;
  const scored = scoreScreen(instrument, progress!.answers);
  if (!scored.ok) return null;
  const result = selfScreen.create({
    kind: "result",
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    completedAt: now.toISOString(),
    answers: progress!.answers,
    ...snapshotScores(scored),
  });
  selfScreen.remove(PROGRESS_ID);
  return result.id;
}

export const discardProgress = () => selfScreen.remove(PROGRESS_ID);
