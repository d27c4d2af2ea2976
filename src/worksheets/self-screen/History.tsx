import type { RefObject } from "preact";
import type { Instrument } from "./instrument";
import { bandLabel } from "./scoring";
import { worksheetPath } from "../../engine/core/routes";
import type { ResultRecord } from "./schema";
import { BarChart, type Series } from "../../engine/ui/BarChart";

interface Props {
  instrument: Instrument;
  /** Newest first. */
  results: ResultRecord[];
  headingRef: RefObject<HTMLHeadingElement>;
  onOpen: (id: string) => void;
}

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: "medium" });

/** Every saved result, and how each sign changed across the latest four. */
export function History({ instrument, results, headingRef, onOpen }: Props) {
  const recent = results.slice(0, 4).reverse();
  const domains = instrument.domains.filter((d) => d.kind === "sign");
  const series: Series[] = recent.map((r, i) => ({
    name: day(r.completedAt),
    values: domains.map((d) => r.domains.find((x) => x.id === d.id)?.score ?? null),
    tone: (i + 1) as Series["tone"],
  }));
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" tabIndex={-1} ref={headingRef}>
        Your past results
      </h2>
      <ul class="history">
        {results.map((r) => (
          <li key={r.id}>
            <button type="button" class="secondary" onClick={() => onOpen(r.id)}>
              {day(r.completedAt)}
            </button>{" "}
            overall: {bandLabel(r.overall.band)}
          </li>
        ))}
      </ul>
      {recent.length >= 2 && (
        <BarChart
          id="trend-chart"
          title="How each sign changed"
          description={`Your average for each sign, 0 to 4, in your ${recent.length} most recent results, oldest first.`}
          categoryLabel="Sign"
          categories={domains.map((d) => d.name)}
          series={series}
          max={4}
          format={(v) => v.toFixed(1)}
          orientation="horizontal"
          missing="not enough answers"
        />
      )}
      <p>
        <a href={worksheetPath("self-screen")}>Take the self-screen again</a>
      </p>
    </section>
  );
}
