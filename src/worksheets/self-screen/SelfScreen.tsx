import { useStore } from "../../engine/core/use-store";
import type { ComponentChildren } from "preact";
import { useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { useConfirm } from "../../engine/core/Confirm";
import { useFocusLater } from "../../engine/core/focus";
import { mostlySkipped } from "./scoring";
import { words, type Words } from "../../engine/core/words";
import type { Instrument } from "./instrument";
import { $results, selfScreen } from "./store";
import {
  $progress,
  discardProgress,
  finishScreen,
  progressFits,
  saveAnswer,
  saveStep,
  startScreen,
} from "./progress-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { $storageHealth } from "../../engine/storage/engine";
import { worksheetPartPath } from "../../engine/core/routes";
import { handoverKey } from "./handover";
import { formatDayTime } from "../../engine/core/dates";
import "./self-screen.css";

interface Props {
  /** The questionnaire, as data (src/worksheets/self-screen/instrument.ts), sent as HTML props. */
  instrument: Instrument;
  /** Fixed text rendered on the server, so it costs HTML, not JavaScript. */
  intro?: ComponentChildren;
  hint?: ComponentChildren;
  /** The page's words (words/<locale>.json) and locale. */
  words: Words;
  locale: string;
}

type Say = ReturnType<typeof words>;

/** The results page, showing one result. */
const resultsPage = (id?: string) =>
  worksheetPartPath("self-screen", "results") + (id ? `?id=${encodeURIComponent(id)}` : "");

export default function SelfScreen({ instrument, intro, hint, locale, ...props }: Props) {
  const w = useMemo(() => words(props.words, locale), [props.words, locale]);
  const stored = useStore($progress);
  const progress = progressFits(stored, instrument) ? stored : undefined;
  const results = useStore($results);
  const [asking, setAsking] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirm = useConfirm(useFocusLater(), "finish", { box: "", actions: "screen-nav" });
  const finish = (anyway: boolean) => {
    const id = finishScreen(instrument, new Date(), anyway);
    if (!id) return setAsking(false);
    // If this browser is not saving, the results page would find nothing:
    // hand the result over in this tab's history state, which no link can set.
    const result = $results.get().find((r) => r.id === id);
    const health = $storageHealth.get();
    if (health === "ok" || !result) return location.assign(resultsPage(id));
    history.pushState({ [handoverKey]: { result, health } }, "", resultsPage(id));
    location.reload();
  };

  return (
    <div class="self-screen">
      <StorageNotices store={selfScreen} />
      {asking && progress ? (
        <Question
          w={w}
          instrument={instrument}
          hint={hint}
          step={progress.step}
          answers={progress.answers}
          onStep={(step) => saveStep(step)}
          onAnswer={(itemId, value) => saveAnswer(itemId, value, progress.step)}
          onFinish={() => {
            // Read now, not from this render: Enter on a radio saves its answer, then finishes.
            const answers = $progress.get()?.answers ?? {};
            if (!mostlySkipped(instrument, answers)) return finish(false);
            confirm.ask(
              {
                title: w("finishAsk"),
                text: w("finishWhat", {
                  count: Object.keys(answers).length,
                  total: instrument.items.length,
                }),
                yes: w("finishYes"),
                no: w("finishNo"),
              },
              "screen-finish",
              () => finish(true),
            );
          }}
        />
      ) : (
        <Intro
          w={w}
          locale={locale}
          intro={intro}
          headingRef={heading}
          hasProgress={!!stored && Object.keys(stored.answers).length + stored.step > 0}
          progressStarted={stored?.startedAt}
          resultCount={results.length}
          onStart={() => {
            startScreen(instrument);
            setAsking(true);
          }}
          onContinue={() => {
            if (!progress) startScreen(instrument);
            setAsking(true);
          }}
          onDiscard={() => discardProgress()}
        />
      )}
      {confirm.box}
    </div>
  );
}

function Intro(props: {
  w: Say;
  locale: string;
  intro?: ComponentChildren;
  headingRef: preact.RefObject<HTMLHeadingElement>;
  hasProgress: boolean;
  progressStarted?: string;
  resultCount: number;
  onStart: () => void;
  onContinue: () => void;
  onDiscard: () => void;
}) {
  const { w } = props;
  return (
    <section class="card screen-intro" aria-labelledby="screen-intro-title">
      <h2 id="screen-intro-title" tabIndex={-1} ref={props.headingRef}>
        {w("beforeStart")}
      </h2>
      {props.intro}
      {props.hasProgress ? (
        <div class="resume" role="group" aria-labelledby="resume-title">
          <p id="resume-title">
            <strong>{w("unfinished")}</strong>
            {props.progressStarted &&
              w("unfinishedFrom", {
                date: formatDayTime(props.progressStarted, props.locale),
              })}
            {w("unfinishedEnd")}
          </p>
          <button type="button" onClick={props.onContinue}>
            {w("continue")}
          </button>{" "}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              props.onDiscard();
              props.onStart();
            }}
          >
            {w("startAgain")}
          </button>
        </div>
      ) : (
        <button type="button" onClick={props.onStart}>
          {w("start")}
        </button>
      )}
      {props.resultCount > 0 && (
        <p>
          <a class="button secondary" href={resultsPage()}>
            {w("pastResults", { count: props.resultCount })}
          </a>
        </p>
      )}
    </section>
  );
}

function Question(props: {
  w: Say;
  instrument: Instrument;
  hint?: ComponentChildren;
  step: number;
  answers: Record<string, number>;
  onStep: (step: number) => void;
  onAnswer: (itemId: string, value: number | null) => void;
  onFinish: () => void;
}) {
  const { instrument, w } = props;
  const total = instrument.items.length;
  const step = Math.min(props.step, total - 1);
  const item = instrument.items[step]!;
  const answer = props.answers[item.id];
  const group = useRef<HTMLFieldSetElement>(null);
  // Before paint, so focus is on the new question by the time anyone can act on it. Focus goes
  // to the chosen answer (or the first), as in a radio group: arrow keys then choose, and a
  // screen reader reads the group's name, the legend, which is the question.
  useLayoutEffect(() => {
    const radios = group.current;
    (
      radios?.querySelector<HTMLInputElement>(":checked") ?? radios?.querySelector("input")
    )?.focus();
  }, [step]);
  const last = step === total - 1;
  const next = () => (last ? props.onFinish() : props.onStep(step + 1));

  return (
    <form
      class="card screen-question"
      onSubmit={(e) => {
        e.preventDefault();
        next();
      }}
    >
      <p class="screen-progress" id="screen-progress-label">
        {w("questionOf", { step: step + 1, total })}
      </p>
      <progress max={total} value={step + 1} aria-labelledby="screen-progress-label" />
      {/* Keyed by question: reused radios would join the new group still checked, and the
          browser would then uncheck the answer being restored. */}
      <fieldset ref={group} key={item.id}>
        <legend>
          <span class="prompt">{instrument.scale.prompt}</span>{" "}
          <span class="item-text">{item.text}</span>
        </legend>
        <div class="options">
          {instrument.scale.options.map((o) => (
            <label key={o.value} class="option">
              <input
                type="radio"
                name={item.id}
                value={o.value}
                checked={answer === o.value}
                onChange={() => props.onAnswer(item.id, o.value)}
                onKeyDown={(e) => {
                  // Enter on an answer chooses it and moves on. Left to the browser, it would
                  // submit the form with the answer not yet chosen, and record "Skipped".
                  if (e.key !== "Enter") return;
                  e.preventDefault();
                  if (answer !== o.value) props.onAnswer(item.id, o.value);
                  next();
                }}
              />{" "}
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="screen-nav">
        <button
          type="button"
          class="secondary"
          disabled={step === 0}
          onClick={() => props.onStep(step - 1)}
        >
          {w("back")}
        </button>
        {answer === undefined ? (
          <button type="submit" class="secondary" id="screen-finish">
            {w(last ? "skipLast" : "skip")}
          </button>
        ) : (
          <>
            <button type="button" class="secondary" onClick={() => props.onAnswer(item.id, null)}>
              {w("clear")}
            </button>
            <button type="submit" id="screen-finish">
              {w(last ? "seeResults" : "next")}
            </button>
          </>
        )}
      </div>
      {props.hint}
    </form>
  );
}
