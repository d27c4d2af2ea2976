import "./experiment-tracker.css";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { BarChart } from "../../engine/ui/BarChart";
import { experimentTracker } from "./store";
import { words, type Words } from "../../engine/core/words";
import { chartData, computeInsights, doneWithoutRatings, insightSentence } from "./insights";

interface Props {
  /** The worksheet's words (words/<locale>.json), read on the server. */
  words: Words;
  locale: string;
}

/**
 * What the experiments show: a computed summary sentence, and each finished
 * experiment's belief rating before and after, as a chart with its table.
 */
export default function Insights({ words: dict, locale }: Props) {
  const w = words(dict, locale);
  const records = useStore(experimentTracker.$records);
  const { points, summary } = computeInsights(records);
  const chart = chartData(points);
  const missing = doneWithoutRatings(records);
  return (
    <div class="ws exp">
      <StorageNotices store={experimentTracker} />
      <p class="exp-summary">{insightSentence(summary, w)}</p>
      {missing > 0 && <p class="muted">{w("missing", { count: missing })}</p>}
      {points.length > 0 && (
        <BarChart
          id="exp-chart"
          title={w("chartTitle")}
          description={w("chartDescription")}
          categories={chart.categories}
          series={[
            { name: w("chartBefore"), values: chart.before, tone: 1 },
            { name: w("chartAfter"), values: chart.after, tone: 3 },
          ]}
          max={100}
          format={(v) => w("percent", { value: v })}
          categoryLabel={w("chartCategory")}
        />
      )}
    </div>
  );
}
