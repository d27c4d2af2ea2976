import { useEffect, useRef, useState } from "preact/hooks";
import {
  clockAtStep,
  elapsedMs,
  formatSeconds,
  pauseClock,
  previousStep,
  settleClock,
  startClock,
  STOPPED,
  timerState,
  type Clock,
  type ExerciseStep,
} from "./exercise";
import { words, type Words } from "../../engine/core/words";

interface Props {
  /** The worksheet's words (words/en.json) and the page's locale. */
  words: Words;
  locale: string;
  /** The script's steps; the page shows them as plain text too. */
  steps: ExerciseStep[];
}

/**
 * An optional timer for the exercise. It reads the wall clock, so it keeps
 * time in a background tab; it says each new step once, politely, and
 * nothing else; it shows numbers only, so nothing on it moves.
 */
export default function ExerciseTimer({ words: dict, locale, steps }: Props) {
  const w = words(dict, locale);
  const [clock, setClock] = useState<Clock>(STOPPED);
  const [now, setNow] = useState(Date.now);
  const [said, setSaid] = useState("");
  /** The step (or steps.length, for "finished") last announced; -1 for none. */
  const announced = useRef(-1);

  const ms = elapsedMs(clock, now);
  const s = timerState(0, ms, steps);
  const started = clock.running || ms > 0;
  const step = s.done ? steps.length : s.stepIndex;

  useEffect(() => {
    if (!clock.running) return;
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, 500);
    // A background tab's timers slow down; catch up the moment it is back.
    document.addEventListener("visibilitychange", tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [clock.running]);

  useEffect(() => {
    const settled = settleClock(clock, now, steps);
    if (settled !== clock) setClock(settled);
    document.querySelectorAll(".scj-script > li").forEach((li, i) => {
      if (started && i === step) li.setAttribute("aria-current", "step");
      else li.removeAttribute("aria-current");
    });
    if (started && step !== announced.current) {
      announced.current = step;
      setSaid(
        s.done
          ? w("timerSayDone")
          : w("timerSayStep", { step: step + 1, of: steps.length, text: steps[step]?.text ?? "" }),
      );
    }
  });

  /** Changes the clock at this moment; `say` replaces the announcement. */
  const change = (next: (c: Clock, at: number) => Clock, say?: string) => {
    const at = Date.now();
    setNow(at);
    setClock(next(clock, at));
    if (say !== undefined) setSaid(say);
  };

  let main: [string, () => void];
  if (clock.running) main = [w("timerPause"), () => change(pauseClock, w("timerSayPaused"))];
  else if (s.done && started) {
    main = [
      w("timerAgain"),
      () => {
        announced.current = -1;
        change((_, at) => startClock(STOPPED, at));
      },
    ];
  } else {
    main = [
      w(started ? "timerResume" : "timerStart"),
      () => {
        // Say the step again on resuming: the person may have looked away.
        announced.current = -1;
        change(startClock);
      },
    ];
  }

  return (
    <div class="scj-timer">
      <p class="scj-timer-step">
        <strong>
          {w("timerStepOf", { step: Math.min(s.stepIndex + 1, steps.length), of: steps.length })}
        </strong>
      </p>
      <p class="scj-timer-text">{steps[s.stepIndex]?.text}</p>
      <p class="scj-timer-clock">
        {s.done && started
          ? w("timerDone")
          : !started
            ? w("timerReady")
            : w(clock.running ? "timerLeft" : "timerPausedLeft", {
                time: formatSeconds(s.secondsLeftInStep),
              })}
      </p>
      <div class="scj-timer-buttons">
        <button type="button" onClick={main[1]}>
          {main[0]}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => change((c, at) => clockAtStep(c, at, steps, previousStep(c, at, steps)))}
        >
          {w("timerPrev")}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => change((c, at) => clockAtStep(c, at, steps, s.stepIndex + 1))}
        >
          {w("timerNext")}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            announced.current = -1;
            change(() => STOPPED, w("timerSayReset"));
          }}
        >
          {w("timerReset")}
        </button>
      </div>
      <p role="status" class="visually-hidden">
        {said}
      </p>
    </div>
  );
}
