/**
 * A short loving-kindness and grounding exercise: a plain-text script read
 * step by step, with an optional timer. The timer helpers are pure: the page
 * passes in when the exercise started and the time now.
 */

import { words as bind, type Words } from "../../engine/core/words";

export interface ExerciseStep {
  /** What to do, in a sentence or two. */
  text: string;
  /** A suggested time for the step, in whole seconds. */
  seconds: number;
}

/** Each step's suggested time, in seconds, in order: about five minutes in all. */
export const EXERCISE_SECONDS: readonly number[] = [
  20, 20, 25, 30, 25, 25, 20, 40, 30, 30, 20, 20, 15,
];

/**
 * The script, in order, with its words ("exerciseStep1"… in words/en.json).
 * The page also shows "exerciseTitle" and "exerciseIntro": the exercise is
 * optional and can stop at any point.
 */
export const exerciseSteps = (words: Words): ExerciseStep[] =>
  EXERCISE_SECONDS.map((seconds, i) => {
    const text = words[`exerciseStep${i + 1}`];
    return { text: typeof text === "string" ? text : "", seconds };
  });

export interface TimerState {
  /** The step to show; the last step once done. */
  stepIndex: number;
  /** Whole seconds left in that step, rounded up; 0 once done. */
  secondsLeftInStep: number;
  done: boolean;
}

/** The suggested length of the whole exercise, in seconds. */
export const totalSeconds = (steps: readonly ExerciseStep[]): number =>
  steps.reduce((sum, s) => sum + s.seconds, 0);

/**
 * Where a timer started at `startedAtMs` is at `nowMs`. A clock that has gone
 * backwards counts as the start; steps run back to back.
 */
export function timerState(
  startedAtMs: number,
  nowMs: number,
  steps: readonly ExerciseStep[],
): TimerState {
  let left = Math.max(0, nowMs - startedAtMs);
  for (let i = 0; i < steps.length; i++) {
    const ms = Math.max(0, steps[i]!.seconds) * 1000;
    if (left < ms)
      return { stepIndex: i, secondsLeftInStep: Math.ceil((ms - left) / 1000), done: false };
    left -= ms;
  }
  return { stepIndex: Math.max(0, steps.length - 1), secondsLeftInStep: 0, done: true };
}

/**
 * The start time that puts the timer at the beginning of step `index` at
 * `nowMs`, for "skip" and "back" buttons and for resuming after a pause.
 */
export function startedAtForStep(
  nowMs: number,
  steps: readonly ExerciseStep[],
  index: number,
): number {
  return nowMs - totalSeconds(steps.slice(0, Math.max(0, index))) * 1000;
}

/** Seconds as a clock, e.g. 5 → "0:05", 90 → "1:30"; rounds up, never below 0. */
export function formatSeconds(seconds: number): string {
  const s = Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : 0;
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** Seconds in words for screen readers, e.g. 90 → "1 minute 30 seconds". */
export function spokenSeconds(seconds: number, words: Words, locale: string): string {
  const w = bind(words, locale);
  const s = Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : 0;
  const [m, r] = [Math.floor(s / 60), s % 60];
  if (m === 0) return w("seconds", { count: r });
  const minutes = w("minutes", { count: m });
  return r === 0 ? minutes : w("minutesSeconds", { minutes, seconds: w("seconds", { count: r }) });
}

/**
 * The timer's clock. While it runs, `offset` is the wall-clock time (ms) it
 * would have started at to be where it is now; while paused, it is the time
 * already done (ms). Reading the wall clock, never counting ticks, keeps it
 * right in a background tab, where browsers slow timers down.
 */
export interface Clock {
  running: boolean;
  offset: number;
}

/** A timer that has not started. */
export const STOPPED: Clock = { running: false, offset: 0 };

/** How long the timer has run, in ms; a clock that went backwards counts as no time. */
export const elapsedMs = (clock: Clock, nowMs: number): number =>
  Math.max(0, clock.running ? nowMs - clock.offset : clock.offset);

/** Starts or resumes from where it is. */
export const startClock = (clock: Clock, nowMs: number): Clock =>
  clock.running ? clock : { running: true, offset: nowMs - elapsedMs(clock, nowMs) };

/** Pauses where it is. */
export const pauseClock = (clock: Clock, nowMs: number): Clock =>
  clock.running ? { running: false, offset: elapsedMs(clock, nowMs) } : clock;

/** Moves to the start of step `index`, running or paused as it was. */
export function clockAtStep(
  clock: Clock,
  nowMs: number,
  steps: readonly ExerciseStep[],
  index: number,
): Clock {
  const at = startedAtForStep(nowMs, steps, Math.min(index, steps.length));
  return clock.running ? { running: true, offset: at } : { running: false, offset: nowMs - at };
}

/**
 * The step "Previous step" goes to: the start of this step if it has run a few
 * seconds, otherwise the one before (as music players do).
 */
export function previousStep(clock: Clock, nowMs: number, steps: readonly ExerciseStep[]): number {
  const ms = elapsedMs(clock, nowMs);
  const { stepIndex, done } = timerState(0, ms, steps);
  if (done) return stepIndex;
  const intoStep = ms - totalSeconds(steps.slice(0, stepIndex)) * 1000;
  return intoStep >= 3000 ? stepIndex : Math.max(0, stepIndex - 1);
}

/** Stops a running clock once every step is done, so it rests at the end. */
export const settleClock = (clock: Clock, nowMs: number, steps: readonly ExerciseStep[]): Clock =>
  clock.running && timerState(0, elapsedMs(clock, nowMs), steps).done
    ? { running: false, offset: totalSeconds(steps) * 1000 }
    : clock;
