import type { RefObject } from "preact";
import { useState } from "preact/hooks";
import type { Instrument } from "./instrument";
import { bandLabel } from "./scoring";
import { formatDayTime } from "../../engine/core/dates";
import { worksheetPath } from "../../engine/core/routes";
import type { ResultRecord } from "./schema";
import { BarChart, type Series } from "../../engine/ui/BarChart";

interface Props {
  instrument: Instrument;
  /** Newest first. */
  results: ResultRecord[];
  headingRef: RefObject<HTMLHeadingElement>;
  onOpen: (id: string) => void;
  w: (key: string, vars?: Record<string, string | number>) => string;
  locale: string;
}

/** How many results the list shows at first, and adds with each "Show older". */
const PAGE = 50;

/** Every saved result, and how each sign changed across the latest four. */
export function History({ instrument, results, headingRef, onOpen, w, locale }: Props) {
  const day = (iso: string) => formatDayTime(iso, locale);
  const [shown, setShown] = useState(PAGE);
  const older = Math.max(0, results.length - shown);
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
        {w("historyH")}
      </h2>
      <ul class="history">
        {results.slice(0, shown).map((r) => (
          <li key={r.id}>
            <button type="button" class="secondary" onClick={() => onOpen(r.id)}>
              {day(r.completedAt)}
            </button>
            {w("overall", { band: bandLabel(w, r.overall.band) })}
          </li>
        ))}
      </ul>
      {older > 0 && (
        <p>
          <button type="button" class="secondary" onClick={() => setShown(shown + PAGE)}>
            {w("showOlder", { count: Math.min(older, PAGE) })}
          </button>
        </p>
      )}
      {recent.length >= 2 && (
        <BarChart
          id="trend-chart"
          title={w("trendTitle")}
          description={w("trendAbout", { count: recent.length })}
          categoryLabel={w("sign")}
          categories={domains.map((d) => d.name)}
          series={series}
          max={4}
          format={(v) => v.toFixed(1)}
          missing={w("missing")}
        />
      )}
      <p>
        <a href={worksheetPath("self-screen")}>{w("again")}</a>
      </p>
    </section>
  );
}
