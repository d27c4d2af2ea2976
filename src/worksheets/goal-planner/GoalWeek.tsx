import { useState } from "preact/hooks";
import { useStore } from "../../engine/core/use-store";
import { goalPlanner } from "./store";
import type { GoalRecord, ReflectionRecord } from "./schema";
import { DAILY_LIMIT_MAX } from "./schema";
import { dayParam, fill, LONG, relativeDay } from "./days";
import { historyDays, summaryText, weekSummary } from "./week";
import type { WeekWords } from "./words";
import { addDays, formatDay, localDay, weekOf } from "../../engine/core/dates";
import { worksheetPath } from "../../engine/core/routes";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { BarChart } from "../../engine/ui/BarChart";
import "./goal-planner.css";

/**
 * The goal planner's week view and history: two charts (each with its table)
 * for the week holding ?day= (or today), and every past day, each linking to
 * the "today" page at ?day=. All wording comes from the page as the `t` prop.
 */
export default function GoalWeek({ t }: { t: WeekWords }) {
  const records = useStore(goalPlanner.$records);
  const today = localDay(new Date());
  const [day, setDay] = useState(() => dayParam(location.search) ?? today);
  const [allDays, setAllDays] = useState(false);
  const goals = records.filter((r): r is GoalRecord => r.kind === "goal");
  const reflections = records.filter((r): r is ReflectionRecord => r.kind === "reflection");
  const week = weekOf(day);
  const rows = weekSummary(week, goals, reflections);
  const history = weekSummary(historyDays(goals, reflections), goals, reflections);
  const reflected = new Set(reflections.map((r) => r.day));
  const chart = (
    id: string,
    title: string,
    description: string,
    max: number,
    series: [string, (number | null)[], 1 | 2 | 3][],
  ) => (
    <BarChart
      id={id}
      title={title}
      description={description}
      categoryLabel={t.day}
      orientation="horizontal"
      categories={week.map((d) => formatDay(d))}
      series={series.map(([name, values, tone]) => ({ name, values, tone }))}
      max={max}
    />
  );

  return (
    <div class="gp">
      <StorageNotices store={goalPlanner} />
      <section aria-labelledby="gp-week-h">
        <h2 id="gp-week-h">
          {fill(t.weekH, formatDay(week[0]!, "en-US", { month: "long", day: "numeric" }))}
        </h2>
        <p class="gp-actions">
          <button type="button" class="secondary" onClick={() => setDay(addDays(day, -7))}>
            {t.prevWeek}
          </button>
          <button type="button" class="secondary" onClick={() => setDay(addDays(day, 7))}>
            {t.nextWeek}
          </button>
        </p>
        {chart(
          "gp-week-goals",
          t.goalsChart,
          t.goalsChartAbout,
          Math.max(DAILY_LIMIT_MAX, ...rows.map((r) => r.set)),
          [
            [t.goalsSet, rows.map((r) => r.set || null), 3],
            [t.goodEnough, rows.map((r) => (r.set ? r.goodEnough : null)), 1],
          ],
        )}
        {chart("gp-week-feel", t.feelChart, t.feelChartAbout, 10, [
          [t.anxiety, rows.map((r) => r.anxiety), 2],
          [t.satisfaction, rows.map((r) => r.satisfaction), 1],
        ])}
      </section>

      <section aria-labelledby="gp-history-h">
        <h2 id="gp-history-h">{t.historyH}</h2>
        {history.length === 0 ? (
          <p class="muted">{t.historyEmpty}</p>
        ) : (
          <>
            <p>{t.historyIntro}</p>
            <ul class="gp-list">
              {history.slice(0, allDays ? undefined : 10).map((s) => {
                const rel = relativeDay(s.day, today);
                return (
                  <li key={s.day} class="gp-item">
                    <a href={`${worksheetPath("goal-planner")}?day=${s.day}`}>
                      {formatDay(s.day, "en-US", LONG)}
                      {rel && ` (${rel})`}
                    </a>
                    <span class="muted">{summaryText(t, s, reflected.has(s.day))}</span>
                  </li>
                );
              })}
            </ul>
            {history.length > 10 && (
              <p class="gp-actions">
                <button type="button" class="secondary" onClick={() => setAllDays(!allDays)}>
                  {allDays ? t.fewer : fill(t.all, history.length)}
                </button>
              </p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
