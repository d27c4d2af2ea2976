import { describe, expect, it } from "vitest";
import en from "../../../../src/worksheets/self-compassion-journal/words/en.json";
import {
  clockAtStep,
  elapsedMs,
  pauseClock,
  previousStep,
  settleClock,
  startClock,
  STOPPED,
  exerciseSteps,
  formatSeconds,
  spokenSeconds as spoken,
  startedAtForStep,
  timerState,
  totalSeconds,
  type ExerciseStep,
} from "../../../../src/worksheets/self-compassion-journal/exercise";

const steps: ExerciseStep[] = [
  { text: "One", seconds: 10 },
  { text: "Two", seconds: 5 },
  { text: "Three", seconds: 20 },
];
const EXERCISE_STEPS = exerciseSteps(en);
const EXERCISE_INTRO = en.exerciseIntro;
const spokenSeconds = (seconds: number) => spoken(seconds, en, "en-US");

const START = 1_000_000;

describe("the exercise script", () => {
  it("has 8 to 14 short steps, each with a whole number of seconds", () => {
    expect(EXERCISE_STEPS.length).toBeGreaterThanOrEqual(8);
    expect(EXERCISE_STEPS.length).toBeLessThanOrEqual(14);
    for (const s of EXERCISE_STEPS) {
      expect(s.text.length).toBeGreaterThan(10);
      expect(s.text.length).toBeLessThanOrEqual(200);
      expect(Number.isInteger(s.seconds) && s.seconds >= 5 && s.seconds <= 90).toBe(true);
    }
  });

  it("takes a few minutes in all", () => {
    const total = totalSeconds(EXERCISE_STEPS);
    expect(total).toBeGreaterThanOrEqual(180);
    expect(total).toBeLessThanOrEqual(480);
  });

  it("says plainly that it is optional and has no religious framing", () => {
    expect(EXERCISE_INTRO).toMatch(/optional/);
    expect(EXERCISE_INTRO).toMatch(/stop/);
    const all = EXERCISE_STEPS.map((s) => s.text).join(" ");
    expect(all).not.toMatch(/\b(god|pray|prayer|bless|blessed|soul|divine|spirit)\b/i);
  });
});

describe("the timer", () => {
  it("starts on the first step with its full time", () => {
    expect(timerState(START, START, steps)).toEqual({
      stepIndex: 0,
      secondsLeftInStep: 10,
      done: false,
    });
  });

  it("rounds the seconds left up, so it never shows 0 before a step ends", () => {
    expect(timerState(START, START + 9_001, steps).secondsLeftInStep).toBe(1);
    expect(timerState(START, START + 9_999, steps)).toEqual({
      stepIndex: 0,
      secondsLeftInStep: 1,
      done: false,
    });
  });

  it("moves to the next step exactly when one ends", () => {
    expect(timerState(START, START + 10_000, steps)).toEqual({
      stepIndex: 1,
      secondsLeftInStep: 5,
      done: false,
    });
    expect(timerState(START, START + 15_500, steps)).toEqual({
      stepIndex: 2,
      secondsLeftInStep: 20,
      done: false,
    });
  });

  it("is done, on the last step, once all the time has passed", () => {
    const end = { stepIndex: 2, secondsLeftInStep: 0, done: true };
    expect(timerState(START, START + 35_000, steps)).toEqual(end);
    expect(timerState(START, START + 99_000, steps)).toEqual(end);
    expect(timerState(START, START + 34_999, steps).done).toBe(false);
  });

  it("treats a clock that went backwards as the start", () => {
    expect(timerState(START, START - 5_000, steps)).toEqual(timerState(START, START, steps));
  });

  it("is done at once when there are no steps", () => {
    expect(timerState(START, START, [])).toEqual({
      stepIndex: 0,
      secondsLeftInStep: 0,
      done: true,
    });
  });

  it("can jump to the start of any step", () => {
    const now = START + 50_000;
    for (let i = 0; i < steps.length; i++) {
      const state = timerState(startedAtForStep(now, steps, i), now, steps);
      expect(state).toEqual({ stepIndex: i, secondsLeftInStep: steps[i]!.seconds, done: false });
    }
    expect(timerState(startedAtForStep(now, steps, 3), now, steps).done).toBe(true);
  });
});

describe("formatting seconds", () => {
  it("shows minutes and two-digit seconds", () => {
    expect(formatSeconds(0)).toBe("0:00");
    expect(formatSeconds(5)).toBe("0:05");
    expect(formatSeconds(60)).toBe("1:00");
    expect(formatSeconds(90)).toBe("1:30");
    expect(formatSeconds(605)).toBe("10:05");
  });

  it("rounds up and never goes below zero", () => {
    expect(formatSeconds(4.2)).toBe("0:05");
    expect(formatSeconds(-3)).toBe("0:00");
    expect(formatSeconds(Number.NaN)).toBe("0:00");
  });

  it("says the time in words for screen readers", () => {
    expect(spokenSeconds(1)).toBe("1 second");
    expect(spokenSeconds(45)).toBe("45 seconds");
    expect(spokenSeconds(60)).toBe("1 minute");
    expect(spokenSeconds(121)).toBe("2 minutes 1 second");
  });
});

const T = 5_000_000;
const stepAt = (ms: number) => timerState(0, ms, steps).stepIndex;

describe("the timer's clock", () => {
  it("has run no time until it starts", () => {
    expect(elapsedMs(STOPPED, T)).toBe(0);
    expect(elapsedMs(STOPPED, T + 60_000)).toBe(0);
  });

  it("counts wall-clock time while running, however rarely it is read", () => {
    const running = startClock(STOPPED, T);
    expect(elapsedMs(running, T + 1_000)).toBe(1_000);
    // A background tab may not run any code for minutes; the next read is still right.
    expect(elapsedMs(running, T + 12_345)).toBe(12_345);
    expect(stepAt(elapsedMs(running, T + 12_345))).toBe(1);
  });

  it("stands still while paused and resumes where it stopped", () => {
    const paused = pauseClock(startClock(STOPPED, T), T + 4_000);
    expect(paused.running).toBe(false);
    expect(elapsedMs(paused, T + 100_000)).toBe(4_000);
    const resumed = startClock(paused, T + 100_000);
    expect(elapsedMs(resumed, T + 103_000)).toBe(7_000);
  });

  it("ignores start while running and pause while paused", () => {
    const running = startClock(STOPPED, T);
    expect(startClock(running, T + 5_000)).toBe(running);
    expect(pauseClock(STOPPED, T)).toBe(STOPPED);
  });

  it("treats a clock that went backwards as no time", () => {
    expect(elapsedMs(startClock(STOPPED, T), T - 3_000)).toBe(0);
  });

  it("jumps to the start of a step, keeping it running or paused", () => {
    const running = clockAtStep(startClock(STOPPED, T), T + 2_000, steps, 2);
    expect(running.running).toBe(true);
    expect(elapsedMs(running, T + 2_000)).toBe(15_000);
    expect(stepAt(elapsedMs(running, T + 3_000))).toBe(2);
    const paused = clockAtStep(STOPPED, T, steps, 1);
    expect(paused.running).toBe(false);
    expect(elapsedMs(paused, T + 50_000)).toBe(10_000);
  });

  it("jumps past the last step to the end, and no further", () => {
    const end = clockAtStep(STOPPED, T, steps, 9);
    expect(elapsedMs(end, T)).toBe(35_000);
    expect(timerState(0, elapsedMs(end, T), steps).done).toBe(true);
  });

  it("goes back to the start of the step after a few seconds, or else to the step before", () => {
    const inStep3 = clockAtStep(STOPPED, T, steps, 2);
    expect(previousStep(inStep3, T, steps)).toBe(1);
    const later = pauseClock(startClock(inStep3, T), T + 5_000);
    expect(previousStep(later, T + 5_000, steps)).toBe(2);
    expect(previousStep(STOPPED, T, steps)).toBe(0);
  });

  it("goes back to the last step from the end", () => {
    expect(previousStep(clockAtStep(STOPPED, T, steps, 3), T, steps)).toBe(2);
  });

  it("stops by itself at the end, resting on the finished state", () => {
    const running = startClock(STOPPED, T);
    expect(settleClock(running, T + 34_000, steps)).toBe(running);
    const settled = settleClock(running, T + 90_000, steps);
    expect(settled).toEqual({ running: false, offset: 35_000 });
    expect(timerState(0, elapsedMs(settled, T + 500_000), steps).done).toBe(true);
    expect(settleClock(settled, T + 600_000, steps)).toBe(settled);
  });
});
