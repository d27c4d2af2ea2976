import "../../engine/ui/chart.css";
import type { PracticePoint } from "./ladder";

const KEYS = ["before", "peak", "after"] as const;
const W = 480;
const H = 240;
const LEFT = 36;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 36;

interface Props {
  id: string;
  title: string;
  /** The chart's name for screen readers, pointing to the table. */
  alt: string;
  /** The table's name. */
  figures: string;
  description: string;
  points: PracticePoint[];
  /** Names of the three lines (and table columns): before, at its highest, after. */
  names: readonly [string, string, string];
  /** Headings of the table's first columns, and the label under the axis. */
  practice: string;
  dayHeading: string;
  /** A day in words, for the table. */
  day: (day: string) => string;
}

/**
 * Distress across a step's practices: a line each for before, at its highest
 * and after, on a 0–100 scale, oldest practice first, with the same figures
 * in a table beneath. A rating left empty breaks its line. Lines differ in
 * dash as well as colour, so they read in greyscale and print. No animation.
 */
export function LineChart({
  id,
  title,
  alt,
  figures,
  description,
  points,
  names,
  practice,
  dayHeading,
  day,
}: Props) {
  const gap = (W - LEFT - RIGHT) / points.length;
  const x = (i: number) => LEFT + gap * (i + 0.5);
  const y = (v: number) => TOP + ((H - TOP - BOTTOM) * (100 - v)) / 100;
  const every = Math.ceil(points.length / 12);
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <strong id={`${id}-title`}>{title}</strong>
        <span class="chart-desc">{description}</span>
      </figcaption>
      <div class="chart-legend" aria-hidden="true">
        {KEYS.map((k, i) => (
          <span key={k}>
            <svg width="28" height="12">
              <path d="M2 6h24" class={`el-line el-${k}`} />
              <circle cx="14" cy="6" r="3.5" class={`el-dot el-${k}`} />
            </svg>{" "}
            {names[i]}
          </span>
        ))}
      </div>
      <svg class="chart-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={alt}>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} class="el-grid" />
            <text x={LEFT - 6} y={y(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {points.map(
          (p, i) =>
            i % every === 0 && (
              <text key={p.id} x={x(i)} y={H - BOTTOM + 16} text-anchor="middle">
                {p.n}
              </text>
            ),
        )}
        <text x={(LEFT + W - RIGHT) / 2} y={H - 4} text-anchor="middle">
          {practice}
        </text>
        {KEYS.map((k) => {
          let d = "";
          let pen = "M";
          points.forEach((p, i) => {
            const v = p[k];
            if (v === null) pen = "M";
            else {
              d += `${pen}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
              pen = "L";
            }
          });
          return (
            <g key={k}>
              <path d={d} class={`el-line el-${k}`} />
              {points.map((p, i) => {
                const v = p[k];
                return (
                  v !== null && (
                    <circle key={p.id} cx={x(i)} cy={y(v)} r="3.5" class={`el-dot el-${k}`} />
                  )
                );
              })}
            </g>
          );
        })}
      </svg>
      <div class="table-scroll" role="region" aria-label={figures} tabIndex={0}>
        <table class="chart-table">
          <caption class="visually-hidden">{figures}</caption>
          <thead>
            <tr>
              <th scope="col">{practice}</th>
              <th scope="col">{dayHeading}</th>
              {names.map((n) => (
                <th scope="col" key={n}>
                  {n}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.n}</th>
                <td>{day(p.day)}</td>
                {KEYS.map((k) => (
                  <td key={k}>{p[k] ?? "—"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
