import { useStore } from "../shared/use-store";
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { Instrument } from "../../lib/self-screen/instrument";
import {
  $progress,
  $results,
  deleteResult,
  discardProgress,
  finishScreen,
  progressFits,
  saveAnswer,
  saveStep,
  selfScreen,
  startScreen,
} from "../../stores/self-screen";
import { StorageNotices } from "../shared/StorageNotices";
import { downloadExport } from "../shared/download";
import { Results } from "./Results";
import { History } from "./History";
import "./self-screen.css";

interface Props {
  /** The questionnaire, as data (src/lib/self-screen/instrument.ts), sent as HTML props. */
  instrument: Instrument;
  /** The crisis lines, rendered on the server from the one data file. */
  crisis?: ComponentChildren;
  /** Fixed text rendered on the server, so it costs HTML, not JavaScript. */
  intro?: ComponentChildren;
  hint?: ComponentChildren;
  about?: ComponentChildren;
  talk?: ComponentChildren;
  notDiagnosis?: ComponentChildren;
  /** Worksheet titles by slug, for the links on the results. */
  worksheetTitles: Record<string, string>;
}

type View =
  { name: "intro" } | { name: "question" } | { name: "result"; id: string } | { name: "history" };

/** Downloads the self-screen's entries (or some of them) as a file My data can import. */
const exportSelfScreen = (records = selfScreen.$value.get().records) =>
  downloadExport({ "self-screen": { version: selfScreen.codec.version, records } }, "self-screen");

export default function SelfScreen({
  instrument,
  crisis,
  intro,
  hint,
  about,
  worksheetTitles,
  talk,
  notDiagnosis,
}: Props) {
  const stored = useStore($progress);
  const progress = progressFits(stored, instrument) ? stored : undefined;
  const results = useStore($results);
  const [view, setView] = useState<View>({ name: "intro" });
  const heading = useRef<HTMLHeadingElement>(null);

  // Each new view starts with focus on its heading, so screen readers hear where they are.
  useEffect(() => {
    if (view.name !== "question") heading.current?.focus();
  }, [view]);

  const result = view.name === "result" ? results.find((r) => r.id === view.id) : undefined;

  return (
    <div class="self-screen">
      <StorageNotices worksheet="self-screen" onExport={() => exportSelfScreen()} />
      {view.name === "question" && progress ? (
        <Question
          instrument={instrument}
          hint={hint}
          step={progress.step}
          answers={progress.answers}
          onStep={(step) => saveStep(step)}
          onAnswer={(itemId, value) => saveAnswer(itemId, value, progress.step)}
          onFinish={() => {
            const id = finishScreen(instrument);
            setView(id ? { name: "result", id } : { name: "intro" });
          }}
        />
      ) : result ? (
        <Results
          instrument={instrument}
          about={about}
          result={result}
          headingRef={heading}
          crisis={crisis}
          talk={talk}
          notDiagnosis={notDiagnosis}
          worksheetTitles={worksheetTitles}
          onBack={() => setView(results.length > 1 ? { name: "history" } : { name: "intro" })}
          onDownload={() => exportSelfScreen([result])}
          onDelete={() => {
            deleteResult(result.id);
            setView({ name: "intro" });
          }}
        />
      ) : view.name === "history" ? (
        <History
          instrument={instrument}
          results={results}
          headingRef={heading}
          onOpen={(id) => setView({ name: "result", id })}
          onBack={() => setView({ name: "intro" })}
        />
      ) : (
        <Intro
          intro={intro}
          headingRef={heading}
          hasProgress={!!stored && Object.keys(stored.answers).length + stored.step > 0}
          progressStarted={stored?.startedAt}
          resultCount={results.length}
          onStart={() => {
            startScreen(instrument);
            setView({ name: "question" });
          }}
          onContinue={() =>
            progress
              ? setView({ name: "question" })
              : (startScreen(instrument), setView({ name: "question" }))
          }
          onHistory={() =>
            setView(
              results.length === 1 ? { name: "result", id: results[0]!.id } : { name: "history" },
            )
          }
          onDiscard={() => discardProgress()}
        />
      )}
    </div>
  );
}

function Intro(props: {
  intro?: ComponentChildren;
  headingRef: preact.RefObject<HTMLHeadingElement>;
  hasProgress: boolean;
  progressStarted?: string;
  resultCount: number;
  onStart: () => void;
  onContinue: () => void;
  onHistory: () => void;
  onDiscard: () => void;
}) {
  return (
    <section class="card screen-intro" aria-labelledby="screen-intro-title">
      <h2 id="screen-intro-title" tabIndex={-1} ref={props.headingRef}>
        Before you start
      </h2>
      {props.intro}
      {props.hasProgress ? (
        <div class="resume" role="group" aria-labelledby="resume-title">
          <p id="resume-title">
            <strong>You have an unfinished check</strong>
            {props.progressStarted && (
              <> from {new Date(props.progressStarted).toLocaleDateString()}</>
            )}
            .
          </p>
          <button type="button" onClick={props.onContinue}>
            Continue where you left off
          </button>{" "}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              props.onDiscard();
              props.onStart();
            }}
          >
            Start again
          </button>
        </div>
      ) : (
        <button type="button" onClick={props.onStart}>
          Start the self-screen
        </button>
      )}
      {props.resultCount > 0 && (
        <p>
          <button type="button" class="secondary" onClick={props.onHistory}>
            See your past results ({props.resultCount})
          </button>
        </p>
      )}
    </section>
  );
}

function Question(props: {
  instrument: Instrument;
  hint?: ComponentChildren;
  step: number;
  answers: Record<string, number>;
  onStep: (step: number) => void;
  onAnswer: (itemId: string, value: number | null) => void;
  onFinish: () => void;
}) {
  const { instrument } = props;
  const total = instrument.items.length;
  const step = Math.min(props.step, total - 1);
  const item = instrument.items[step]!;
  const answer = props.answers[item.id];
  const legend = useRef<HTMLLegendElement>(null);
  useEffect(() => legend.current?.focus(), [step]);
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
        Question {step + 1} of {total}
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
          Back
        </button>
        {answer === undefined ? (
          <button type="submit" class="secondary">
            {last ? "Skip and see my results" : "Skip this question"}
          </button>
        ) : (
          <>
            <button type="button" class="secondary" onClick={() => props.onAnswer(item.id, null)}>
              Clear answer
            </button>
            <button type="submit">{last ? "See my results" : "Next"}</button>
          </>
        )}
      </div>
      {props.hint}
    </form>
  );
}
