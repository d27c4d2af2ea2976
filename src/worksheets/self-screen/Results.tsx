import type { ComponentChildren, RefObject } from "preact";
import { useState } from "preact/hooks";
import type { Instrument } from "./instrument";
import { resultView } from "./view";
import { bandLabel } from "./scoring";
import { articlePath, worksheetPath } from "../../engine/core/routes";
import type { ResultRecord } from "./schema";
import { BarChart } from "../../engine/ui/BarChart";

interface Props {
  instrument: Instrument;
  about?: ComponentChildren;
  result: ResultRecord;
  headingRef: RefObject<HTMLHeadingElement>;
  crisis?: ComponentChildren;
  talk?: ComponentChildren;
  notDiagnosis?: ComponentChildren;
  /** Worksheet titles by slug, from the worksheets collection. */
  worksheetTitles: Record<string, string>;
  onBack: () => void;
  onDownload: () => void;
  onDelete: () => void;
}

export function Results({
  instrument,
  about,
  result,
  headingRef,
  crisis,
  talk,
  notDiagnosis,
  worksheetTitles,
  onBack,
  onDownload,
  onDelete,
}: Props) {
  const view = resultView(result, instrument);
  const [confirming, setConfirming] = useState(false);
  const date = new Date(result.completedAt).toLocaleDateString(undefined, { dateStyle: "long" });

  return (
    <section class="screen-results" aria-labelledby="results-title">
      <h2 id="results-title" tabIndex={-1} ref={headingRef}>
        Your self-screen results
      </h2>
      <p class="muted">Completed {date}</p>
      {notDiagnosis}
      <p class="summary">{view.summary}</p>

      {view.highImpact && talk}

      <BarChart
        id="domains-chart"
        title="How often each sign showed up"
        description="Average of your answers for each sign, from 0 (never) to 4 (almost always)."
        categoryLabel="Sign"
        categories={view.domains.map((d) => d.name)}
        series={[{ name: "Your score (0–4)", values: view.domains.map((d) => d.score), tone: 1 }]}
        max={4}
        format={(v) => v.toFixed(1)}
        orientation="horizontal"
        missing="not enough answers"
      />
      <ul class="bands">
        {view.domains.map((d) => (
          <li key={d.id}>
            {d.name}: <strong>{bandLabel(d.band)}</strong>
          </li>
        ))}
      </ul>

      {view.top.length > 0 && (
        <>
          <h3>Your two highest areas</h3>
          {view.top.map((d) => (
            <div class="card top-domain" key={d.id}>
              <h4>{d.name}</h4>
              {d.domain && (
                <>
                  <p>{d.domain.explanation}</p>
                  <p>
                    Read: <a href={articlePath(d.domain.article)}>more about this</a>
                    {" · "}
                    Try:{" "}
                    <a href={worksheetPath(d.domain.worksheet)}>
                      {worksheetTitles[d.domain.worksheet]}
                    </a>
                  </p>
                </>
              )}
            </div>
          ))}
        </>
      )}

      {about}
      <h4>Try a worksheet</h4>
      <ul>
        {[
          ...new Set(
            view.top.flatMap((d) => (d.domain ? [d.domain.worksheet] : [])).concat("goal-planner"),
          ),
        ].map((w) => (
          <li key={w}>
            <a href={worksheetPath(w)}>{worksheetTitles[w]}</a>
          </li>
        ))}
      </ul>

      <h3>Your answers</h3>
      <table class="answers">
        <caption class="visually-hidden">Your answer to each statement</caption>
        <thead>
          <tr>
            <th scope="col">{instrument.scale.prompt}</th>
            <th scope="col">Your answer</th>
          </tr>
        </thead>
        <tbody>
          {view.answers.map((a) => (
            <tr key={a.id}>
              <td>{a.text}</td>
              <td>{a.answer}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div class="crisis-slot">{crisis}</div>

      <div class="result-actions no-print">
        <button type="button" onClick={() => window.print()}>
          Print for my intake
        </button>
        <button type="button" class="secondary" onClick={onDownload}>
          Download as a file
        </button>
        <button type="button" class="secondary" onClick={onBack}>
          Back
        </button>
        <button type="button" class="secondary" onClick={() => setConfirming(true)}>
          Delete this result
        </button>
      </div>
      {confirming && (
        <div
          class="card confirm no-print"
          role="alertdialog"
          aria-labelledby="del-title"
          aria-describedby="del-what"
        >
          <h3 id="del-title">Delete this result?</h3>
          <p id="del-what">This deletes your self-screen result from {date} from this device.</p>
          <button type="button" ref={(el) => el?.focus()} onClick={onDelete}>
            Yes, delete it
          </button>{" "}
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
