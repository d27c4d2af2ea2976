import { wrapLabel } from "../chart-label";
import { ChartFrame, MISSING } from "./ChartFrame";

export interface Series {
  /** Legend name, also the table's column heading. */
  name: string;
  /** One value per category; null means "no data" and draws nothing. */
  values: (number | null)[];
  /** 1–4: which of the chart palette's colours (and patterns) to use. */
  tone: 1 | 2 | 3 | 4;
}

interface Props {
  /** Visible title; also names the figure for screen readers. */
  title: string;
  /** One line under the title saying what the chart shows. */
  description: string;
  /** The groups along the axis (days, domains, experiments). */
  categories: string[];
  series: Series[];
  /** The largest value on the scale. */
  max: number;
  /** Formats a value for labels and the table, e.g. (v) => `${v}%`. */
  format?: (v: number) => string;
  /** "horizontal" puts categories down the side: better for long labels. */
  orientation?: "vertical" | "horizontal";
  /** Heading for the table's first column. */
  categoryLabel: string;
  id: string;
  /** What the table says for a missing value. */
  missing?: string;
}

/**
 * A grouped bar chart in SVG with the same numbers in a table beneath, so the
 * chart is never the only way to read them. It never animates.
 */
export function BarChart({
  title,
  description,
  categories,
  series,
  max,
  format = String,
  orientation = "vertical",
  categoryLabel,
  id,
  missing = MISSING,
}: Props) {
  const horizontal = orientation === "horizontal";
  const group = series.length;
  const band = horizontal ? 14 * group + 14 : 18 * group + 16;
  const labelSpace = horizontal ? 150 : 34;
  const length = 260;
  const width = horizontal
    ? labelSpace + length + 50
    : Math.max(320, labelSpace + categories.length * band + 10);
  const height = horizontal ? categories.length * band + 30 : length + 60;
  const scale = (v: number) => (Math.max(0, Math.min(v, max)) / max) * length;
  // Two lines fit beside a group of two or more bars; one beside a single bar.
  const lines = (c: string) => wrapLabel(c, 22, group > 1 ? 2 : 1);

  return (
    <ChartFrame
      id={id}
      title={title}
      description={description}
      width={width}
      height={height}
      rowLabel={categoryLabel}
      columns={series.map((s) => ({
        name: s.name,
        key: (
          <svg width="14" height="14">
            <rect width="14" height="14" class={`tone-${s.tone}`} />
          </svg>
        ),
      }))}
      rows={categories.map((c, ci) => ({
        key: c,
        head: c,
        cells: series.map((s) => {
          const v = s.values[ci];
          return v === null || v === undefined ? missing : format(v);
        }),
      }))}
    >
      {categories.map((c, ci) => {
        const start = ci * band + 8;
        const label = horizontal ? lines(c) : [];
        return (
          <g key={c}>
            {series.map((s, si) => {
              const v = s.values[ci];
              if (v === null || v === undefined) return null;
              const size = scale(v);
              return horizontal ? (
                <g key={s.name}>
                  <rect
                    x={labelSpace}
                    y={start + si * 14}
                    width={Math.max(size, 1)}
                    height={12}
                    class={`tone-${s.tone}`}
                  />
                  <text x={labelSpace + size + 4} y={start + si * 14 + 10} class="chart-value">
                    {format(v)}
                  </text>
                </g>
              ) : (
                <g key={s.name}>
                  <rect
                    x={labelSpace + start + si * 18}
                    y={20 + length - size}
                    width={16}
                    height={Math.max(size, 1)}
                    class={`tone-${s.tone}`}
                  />
                  <text
                    x={labelSpace + start + si * 18 + 8}
                    y={16 + length - size}
                    class="chart-value"
                    text-anchor="middle"
                  >
                    {format(v)}
                  </text>
                </g>
              );
            })}
            {horizontal ? (
              <text
                y={start + (group * 14) / 2 + 4 - (label.length - 1) * 6}
                text-anchor="end"
                class="chart-label"
              >
                {label.map((l, li) => (
                  <tspan key={li} x={labelSpace - 6} dy={li ? 12 : 0}>
                    {l}
                  </tspan>
                ))}
              </text>
            ) : (
              <text
                x={labelSpace + start + (group * 18) / 2}
                y={length + 38}
                text-anchor="middle"
                class="chart-label"
              >
                {c.length > 8 ? `${c.slice(0, 7)}…` : c}
              </text>
            )}
          </g>
        );
      })}
      {horizontal ? (
        <line x1={labelSpace} x2={labelSpace} y1={0} y2={height - 20} class="chart-axis" />
      ) : (
        <line x1={labelSpace} x2={width} y1={20 + length} y2={20 + length} class="chart-axis" />
      )}
    </ChartFrame>
  );
}
