import "./experiment-tracker.css";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { BarChart } from "../../engine/ui/BarChart";
import { experimentTracker } from "./store";
import { chartData, computeInsights, doneWithoutRatings, insightSentence } from "./insights";

/** The page's words for the chart and the note under the summary ("{}" is a number). */
interface Props {
  chartTitle: string;
  chartDescription: string;
  chartCategory: string;
  before: string;
  after: string;
  missingOne: string;
  missingMany: string;
}

/**
 * What the experiments show: a computed summary sentence, and each finished
 * experiment's belief rating before and after, as a chart with its table.
 */
export default function Insights(p: Props) {
  const records = useStore(experimentTracker.$records);
  const { points, summary } = computeInsights(records);
  const chart = chartData(points);
  const missing = doneWithoutRatings(records);
  return (
    <div class="exp">
      <StorageNotices store={experimentTracker} />
      <p class="exp-summary">{insightSentence(summary)}</p>
      {missing > 0 && (
        <p class="muted">
          {missing === 1 ? p.missingOne : p.missingMany.replace("{}", String(missing))}
        </p>
      )}
      {points.length > 0 && (
        <BarChart
          id="exp-chart"
          title={p.chartTitle}
          description={p.chartDescription}
          categories={chart.categories}
          series={[
            { name: p.before, values: chart.before, tone: 1 },
            { name: p.after, values: chart.after, tone: 3 },
          ]}
          max={100}
          format={(v) => `${v}%`}
          orientation="horizontal"
          categoryLabel={p.chartCategory}
        />
      )}
    </div>
  );
}
