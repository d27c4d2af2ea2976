import { ChartFrame, MISSING } from "./ChartFrame";

export interface Series {
  /** Legend name, also the table's column heading. */
  name: string;
  /** One value per category; null means "no data" and draws nothing. */
  values: (number | null)[];
  /** 1–4: which of the chart palette's colours to use. */
  tone: 1 | 2 | 3 | 4;
}

interface Props {
  /** Visible title; also names the figure for screen readers. */
  title: string;
  /** One line under the title saying what the chart shows. */
  description: string;
  /** The groups down the side (days, domains, experiments). */
  categories: string[];
  series: Series[];
  /** The largest value on the scale (for stacked bars, the largest sum). */
  max: number;
  /** Formats a value for labels and the table, e.g. (v) => `${v}%`. */
  format?: (v: number) => string;
  /** Heading for the table's first column. */
  categoryLabel: string;
  id: string;
  /** What the table says for a missing value. */
  missing?: string;
  /**
   * When given, the series stack into one bar per category, ending in their
   * sum, and the table gets a last column with this heading holding the sum.
   */
  total?: string;
}

/** The sum of each category's values across the series; a category with none is null. */
export function stackTotals(series: readonly Pick<Series, "values">[]): (number | null)[] {
  const length = Math.max(0, ...series.map((s) => s.values.length));
  return Array.from({ length }, (_, ci) =>
    series.reduce<number | null>((sum, s) => {
      const v = s.values[ci];
      return v === null || v === undefined ? sum : (sum ?? 0) + v;
    }, null),
  );
}

/**
 * A bar chart with categories down the side and bars across, drawn in HTML
 * so its words keep the page's text size and wrap on a phone, with the same
 * numbers in a table beneath, so the chart is never the only way to read
 * them. Bars are grouped, or stacked when `total` is given. It never animates.
 */
export function BarChart({
  title,
  description,
  categories,
  series,
  max,
  format = String,
  categoryLabel,
  id,
  missing = MISSING,
  total,
}: Props) {
  const say = (v: number | null | undefined) =>
    v === null || v === undefined ? missing : format(v);
  const bar = (v: number, tone: number) => (
    <span
      class={`chart-bar tone-${tone}`}
      // The bar's share of the line, less the room its value needs at the end.
      style={{ width: `calc((100% - 3.5em) * ${Math.max(0, Math.min(v, max)) / max})` }}
    />
  );
  const sums = total === undefined ? [] : stackTotals(series);
  const columns = series.map((s) => ({
    name: s.name,
    key: <span class={`chart-bar tone-${s.tone}`} />,
  }));
  return (
    <ChartFrame
      id={id}
      title={title}
      description={description}
      rowLabel={categoryLabel}
      columns={total === undefined ? columns : [...columns, { name: total }]}
      rows={categories.map((c, ci) => ({
        key: c,
        head: c,
        cells: [...series.map((s) => say(s.values[ci])), ...sums.slice(ci, ci + 1).map(say)],
      }))}
    >
      {categories.map((c, ci) => (
        <div key={c} class="bar-row">
          <span class="bar-label">{c}</span>
          <span class="bar-bars">
            {total === undefined ? (
              series.map((s) => {
                const v = s.values[ci];
                return (
                  v !== null &&
                  v !== undefined && (
                    <span key={s.name} class="bar-line">
                      {bar(v, s.tone)}
                      {format(v)}
                    </span>
                  )
                );
              })
            ) : (
              <span class="bar-line">
                {series.map((s) => {
                  const v = s.values[ci];
                  return v ? bar(v, s.tone) : null;
                })}
                {sums[ci] !== null && format(sums[ci]!)}
              </span>
            )}
          </span>
        </div>
      ))}
    </ChartFrame>
  );
}
