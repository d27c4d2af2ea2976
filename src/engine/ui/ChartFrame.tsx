import type { ComponentChildren } from "preact";
import { t } from "../core/words";
import chartWords from "./words/en.json";
import "./chart.css";

export interface Column {
  /** The column heading. */
  name: string;
  /** A key drawn beside the name in the legend, or nothing for a column with no mark. */
  key?: ComponentChildren;
}

interface Props {
  id: string;
  /** Visible title; also names the figure for screen readers. */
  title: string;
  /** One line under the title saying what the chart shows. */
  description: string;
  /** The drawing: HTML bars, or an SVG sized so its text is never scaled down. */
  children: ComponentChildren;
  /** The table's columns after the first (row heading) column. */
  columns: Column[];
  /** Heading of the first column. */
  rowLabel: string;
  /** Each row: its heading, then one cell per column. */
  rows: { key: string; head: ComponentChildren; cells: ComponentChildren[] }[];
}

/**
 * What every chart shares: a titled figure, a legend, the drawing, and the
 * same figures in a scrollable table beneath, so the drawing is
 * never the only way to read them. Nothing in it animates.
 */
export function ChartFrame(p: Props) {
  const legend = p.columns.filter((c) => c.key !== undefined);
  return (
    <figure class="chart" aria-labelledby={`${p.id}-title`}>
      <figcaption>
        <strong id={`${p.id}-title`}>{p.title}</strong>
        <span class="chart-desc">{p.description}</span>
      </figcaption>
      {legend.length > 0 && (
        <div class="chart-legend" aria-hidden="true">
          {legend.map((c) => (
            <span key={c.name}>
              {c.key} {c.name}
            </span>
          ))}
        </div>
      )}
      <div
        class="chart-plot"
        role="img"
        aria-label={t(chartWords, "chartImage", { title: p.title })}
      >
        {p.children}
      </div>
      <div
        class="table-scroll"
        role="region"
        aria-label={t(chartWords, "chartFigures", { title: p.title })}
        tabIndex={0}
      >
        <table class="chart-table">
          <caption class="visually-hidden">
            {t(chartWords, "chartFigures", { title: p.title })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{p.rowLabel}</th>
              {p.columns.map((c) => (
                <th scope="col" key={c.name}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.head}</th>
                {r.cells.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** A missing value, as tables show it. */
export const MISSING = t(chartWords, "chartMissing");
