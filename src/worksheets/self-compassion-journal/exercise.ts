/**
 * A short loving-kindness and grounding exercise: a plain-text script read
 * step by step, with an optional timer. The timer helpers are pure: the page
 * passes in when the exercise started and the time now.
 */

export interface ExerciseStep {
  /** What to do, in a sentence or two. */
  text: string;
  /** A suggested time for the step, in whole seconds. */
  seconds: number;
}

export const EXERCISE_TITLE = "A few minutes of kindness";

/** Shown before the script: the exercise is optional and can stop at any point. */
export const EXERCISE_INTRO =
  "This exercise is optional. You can read it through at your own pace, use the timer, skip " +
  "steps or stop at any point. If it stirs up something hard, it is fine to stop and do " +
  "something that helps you feel steady instead.";

/** The script, in order. About five minutes in all. */
export const EXERCISE_STEPS: readonly ExerciseStep[] = [
  {
    text: "Find a way to sit or lie down that feels comfortable. Keep your eyes open or closed, whichever feels better.",
    seconds: 20,
  },
  {
    text: "Notice where your body touches the chair, the bed or the floor. Let it hold your weight for a moment.",
    seconds: 20,
  },
  {
    text: "Breathe in slowly, then let a longer breath out. After that, let your breathing find its own pace.",
    seconds: 25,
  },
  {
    text: "Look around and name, silently, a few things you can see. Then a few things you can hear. There are no wrong answers.",
    seconds: 30,
  },
  {
    text: "Notice how you feel right now, without needing to change it. If something feels heavy, you can simply say to yourself: this is hard right now.",
    seconds: 25,
  },
  {
    text: "Remember that everyone struggles and gets things wrong sometimes. Feeling this way is part of being a person, and you are not alone in it.",
    seconds: 25,
  },
  {
    text: "If it feels right, rest a hand on your chest, your arm or another spot that feels comforting. Notice its warmth.",
    seconds: 20,
  },
  {
    text: "Offer yourself a few kind wishes, in words that fit you. For example: I hope I can go easy on myself today. I hope I can feel a little calmer.",
    seconds: 40,
  },
  {
    text: "Now think of someone you care about. Picture them for a moment and send the same kind wishes to them.",
    seconds: 30,
  },
  {
    text: "If you like, widen the circle: to people you passed today, and to anyone who is also finding today hard.",
    seconds: 30,
  },
  {
    text: "Come back to your own breathing for a few slow breaths.",
    seconds: 20,
  },
  {
    text: "Feel your feet on the floor and listen to the sounds around you. When you are ready, open your eyes or look around the room.",
    seconds: 20,
  },
  {
    text: "Thank yourself for taking this time. However it went, it was enough.",
    seconds: 15,
  },
];

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
export function spokenSeconds(seconds: number): string {
  const s = Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : 0;
  const [m, r] = [Math.floor(s / 60), s % 60];
  const unit = (n: number, w: string): string => `${n} ${w}${n === 1 ? "" : "s"}`;
  if (m === 0) return unit(r, "second");
  return r === 0 ? unit(m, "minute") : `${unit(m, "minute")} ${unit(r, "second")}`;
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
