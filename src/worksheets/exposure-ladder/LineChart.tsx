import { ChartFrame, MISSING } from "../../engine/ui/ChartFrame";
import type { PracticePoint } from "./ladder";

const KEYS = ["before", "peak", "after"] as const;
/** Height in CSS px. Across, positions are percentages: the SVG is never scaled, so its text keeps the page's size. */
const H = 240;
const LEFT = 12;
const RIGHT = 3;
const TOP = 12;
const BOTTOM = 44;

interface Props {
  id: string;
  title: string;
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

/** A line's key: its dash and dot, as drawn in the chart. */
const key = (k: (typeof KEYS)[number]) => (
  <svg width="28" height="12">
    <path d="M2 6h24" class={`el-line el-${k}`} />
    <circle cx="14" cy="6" r="3.5" class={`el-dot el-${k}`} />
  </svg>
);

/**
 * Distress across a step's practices: a line each for before, at its highest
 * and after, on a 0–100 scale, oldest practice first, in the shared chart
 * frame with the same figures in a table beneath. A rating left empty breaks
 * its line. Lines differ in dash as well as colour, so they read in greyscale
 * and print.
 */
export function LineChart({
  id,
  title,
  description,
  points,
  names,
  practice,
  dayHeading,
  day,
}: Props) {
  const gap = (100 - LEFT - RIGHT) / points.length;
  const x = (i: number) => `${(LEFT + gap * (i + 0.5)).toFixed(2)}%`;
  const y = (v: number) => TOP + ((H - TOP - BOTTOM) * (100 - v)) / 100;
  const every = Math.ceil(points.length / 8);
  // Each run of ratings without a gap is drawn as line segments between its dots.
  const segments = (k: (typeof KEYS)[number]) =>
    points.map((p, i) => {
      const a = i > 0 ? points[i - 1]![k] : null;
      const b = p[k];
      return (
        a !== null &&
        b !== null && (
          <line key={p.id} x1={x(i - 1)} y1={y(a)} x2={x(i)} y2={y(b)} class={`el-line el-${k}`} />
        )
      );
    });
  return (
    <ChartFrame
      id={id}
      title={title}
      description={description}
      rowLabel={practice}
      columns={[{ name: dayHeading }, ...KEYS.map((k, i) => ({ name: names[i]!, key: key(k) }))]}
      rows={points.map((p) => ({
        key: p.id,
        head: p.n,
        cells: [day(p.day), ...KEYS.map((k) => p[k] ?? MISSING)],
      }))}
    >
      <svg width="100%" height={H} aria-hidden="true">
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={`${LEFT}%`} x2={`${100 - RIGHT}%`} y1={y(v)} y2={y(v)} class="el-grid" />
            <text x={`${LEFT - 1.5}%`} y={y(v) + 5} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {points.map(
          (p, i) =>
            i % every === 0 && (
              <text key={p.id} x={x(i)} y={H - BOTTOM + 20} text-anchor="middle">
                {p.n}
              </text>
            ),
        )}
        <text x={`${(LEFT + 100 - RIGHT) / 2}%`} y={H - 6} text-anchor="middle">
          {practice}
        </text>
        {KEYS.map((k) => (
          <g key={k}>
            {segments(k)}
            {points.map((p, i) => {
              const v = p[k];
              return (
                v !== null && (
                  <circle key={p.id} cx={x(i)} cy={y(v)} r="3.5" class={`el-dot el-${k}`} />
                )
              );
            })}
          </g>
        ))}
      </svg>
    </ChartFrame>
  );
}
