import { useStore } from "../../engine/core/use-store";
import type { ComponentChildren } from "preact";
import { useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { words, type Words } from "../../engine/core/words";
import { formatDay, localDay } from "../../engine/core/dates";
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
            const id = finishScreen(instrument);
            if (!id) return setAsking(false);
            // If this browser is not saving, the results page would find nothing:
            // hand the result over in this tab's history state, which no link can set.
            const result = $results.get().find((r) => r.id === id);
            const health = $storageHealth.get();
            if (health === "ok" || !result) return location.assign(resultsPage(id));
            history.pushState({ [handoverKey]: { result, health } }, "", resultsPage(id));
            location.reload();
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
                date: formatDay(localDay(new Date(props.progressStarted)), props.locale),
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
  const legend = useRef<HTMLLegendElement>(null);
  // Before paint, so focus is on the new question by the time anyone can act on it.
  useLayoutEffect(() => legend.current?.focus(), [step]);
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
      <fieldset>
        <legend tabIndex={-1} ref={legend}>
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
          <button type="submit" class="secondary">
            {w(last ? "skipLast" : "skip")}
          </button>
        ) : (
          <>
            <button type="button" class="secondary" onClick={() => props.onAnswer(item.id, null)}>
              {w("clear")}
            </button>
            <button type="submit">{w(last ? "seeResults" : "next")}</button>
          </>
        )}
      </div>
      {props.hint}
    </form>
  );
}
