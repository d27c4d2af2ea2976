import type { ComponentChildren, RefObject } from "preact";
import { useFocusLater } from "../../engine/core/focus";
import { useConfirm } from "../../engine/core/Confirm";
import type { Instrument } from "./instrument";
import { resultView } from "./view";
import { bandLabel } from "./scoring";
import { articlePath, worksheetPath } from "../../engine/core/routes";
import type { ResultRecord } from "./schema";
import { BarChart } from "../../engine/ui/BarChart";
import { formatDayTime } from "../../engine/core/dates";

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
  w: (key: string, vars?: Record<string, string | number>) => string;
  locale: string;
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
  w,
  locale,
}: Props) {
  const view = resultView(w, result, instrument);
  const confirm = useConfirm(useFocusLater(), "del", { box: "no-print", actions: "" });
  const date = formatDayTime(result.completedAt, locale);

  return (
    <section class="screen-results" aria-labelledby="results-title">
      <h2 id="results-title" tabIndex={-1} ref={headingRef}>
        {w("resultsH")}
      </h2>
      <p class="muted">{w("completed", { date })}</p>
      {notDiagnosis}
      <p class="summary">{view.summary}</p>

      {view.highImpact && talk}

      <BarChart
        id="domains-chart"
        title={w("domainsTitle")}
        description={w("domainsAbout")}
        categoryLabel={w("sign")}
        categories={view.domains.map((d) => d.name)}
        series={[{ name: w("yourScore"), values: view.domains.map((d) => d.score), tone: 1 }]}
        max={4}
        format={(v) => v.toFixed(1)}
        missing={w("missing")}
      />
      <ul class="bands">
        {view.domains.map((d) => (
          <li key={d.id}>
            {w("bandLine", { name: d.name })}
            <strong>{bandLabel(w, d.band)}</strong>
          </li>
        ))}
      </ul>

      {view.top.length > 0 && (
        <>
          <h3>{w("topH")}</h3>
          {view.top.map((d) => (
            <div class="card top-domain" key={d.id}>
              <h4>{d.name}</h4>
              {d.domain && (
                <>
                  <p>{d.domain.explanation}</p>
                  <p>
                    {w("read")}
                    <a href={articlePath(d.domain.article)}>{w("more")}</a>
                    {" · "}
                    {w("try")}
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
      <h4>{w("tryH")}</h4>
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

      <h3>{w("answersH")}</h3>
      <table class="answers">
        <caption class="visually-hidden">{w("answersCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{instrument.scale.prompt}</th>
            <th scope="col">{w("yourAnswer")}</th>
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
          {w("print")}
        </button>
        <button type="button" class="secondary" onClick={onDownload}>
          {w("download")}
        </button>
        <button type="button" class="secondary" onClick={onBack}>
          {w("back")}
        </button>
        <button
          type="button"
          id="del-result"
          class="secondary"
          onClick={() =>
            confirm.ask(
              {
                title: w("deleteAsk"),
                text: w("deleteWhat", { date }),
                yes: w("yesDelete"),
                no: w("cancel"),
              },
              "del-result",
              onDelete,
            )
          }
        >
          {w("deleteResult")}
        </button>
      </div>
      {confirm.box}
    </section>
  );
}
