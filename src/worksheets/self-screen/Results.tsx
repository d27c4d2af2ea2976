import type { ComponentChildren, RefObject } from "preact";
import { useFocusLater } from "../../engine/core/focus";
import { useConfirm } from "../../engine/core/Confirm";
import type { Instrument } from "./instrument";
import { resultView } from "./view";
import { bandLabel } from "./scoring";
import { articlePath, worksheetPath } from "../../engine/core/routes";
import { formatDayTime } from "../../engine/core/dates";
import { downloadText } from "../../engine/core/download";
import { resultFileName, resultText, type CrisisGroup } from "./text";
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
  /** The crisis lines as data, for the downloaded copy (the page shows them as `crisis`). */
  crisisLines: CrisisGroup[];
  /** The program's contact from src/site.config.ts, when one is set. */
  contact?: string;
  /** The site's public origin, and the getting-help page's path, for links in the downloaded copy. */
  siteUrl: string;
  helpPath: string;
  /** Worksheet titles by slug, from the worksheets collection. */
  worksheetTitles: Record<string, string>;
  onBack: () => void;
  onDelete: () => void;
  w: (key: string, vars?: Record<string, string | number>) => string;
  locale: string;
}

export function Results(props: Props) {
  const { instrument, about, result, headingRef, crisis, talk, notDiagnosis } = props;
  const { worksheetTitles, onBack, onDelete, w, locale } = props;
  const view = resultView(w, result, instrument);
  const confirm = useConfirm(useFocusLater(), "del", { box: "no-print", actions: "" });
  const date = formatDayTime(result.completedAt, locale);
  const band = (line: string, b: typeof view.overall) => (
    <li>
      {w(line)}
      <strong>{bandLabel(w, b.band)}</strong>
      <br />
      {b.meaning}
    </li>
  );

  return (
    <section class="screen-results" aria-labelledby="results-title">
      <h2 id="results-title" tabIndex={-1} ref={headingRef}>
        {w("resultsH")}
      </h2>
      <p class="muted">{w("completed", { date })}</p>
      {notDiagnosis}
      <p class="summary">{view.summary}</p>

      {view.concern && (
        <div class="card talk" role="note" aria-labelledby="talk-title">
          <h3 id="talk-title">{w(view.concern === "impact" ? "talkImpactH" : "talkSignsH")}</h3>
          <p>{w(view.concern === "impact" ? "talkImpact" : "talkSigns")}</p>
          {talk}
        </div>
      )}

      <h3>{w("bandsH")}</h3>
      <ul class="bands">
        {band("overallLine", view.overall)}
        {band("impactLine", view.impact)}
      </ul>

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
            {d.band ? <strong>{bandLabel(w, d.band)}</strong> : w("areaMissing")}
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
        {view.tryWorksheets.map((w) => (
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
        <button
          type="button"
          class="secondary"
          onClick={() =>
            downloadText(resultFileName(result), resultText(props), "text/plain;charset=utf-8")
          }
        >
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
