import { useMemo, useState } from "preact/hooks";
import type { Words } from "../../engine/core/words";
import { useStore } from "../../engine/core/use-store";
import { goalPlanner } from "./store";
import type { GoalRecord, ReflectionRecord } from "./schema";
import { DAILY_LIMIT_MAX } from "./schema";
import { dayName, dayParam, relativeDay, sayer } from "./days";
import { ENDINGS, historyDays, summaryText, weekEndings, weekOf, weekSummary } from "./week";
import { addDays, formatDay, localDay } from "../../engine/core/dates";
import { worksheetPath } from "../../engine/core/routes";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { BarChart } from "../../engine/ui/BarChart";
import "./goal-planner.css";

/** The legend's words for each of the week chart's endings, in ENDINGS order. */
const ENDING_WORDS = ["statusDone", "statusPartly", "statusLetGo", "statusPlanned"];

/**
 * The goal planner's week view and history: two charts (each with its table)
 * for the week holding ?day= (or today), and every past day, each linking to
 * the "today" page at ?day=. All wording comes from the page as the `words` prop.
 */
export default function GoalWeek(props: { words: Words; locale: string }) {
  const w = useMemo(() => sayer(props.words, props.locale), [props.words, props.locale]);
  const records = useStore(goalPlanner.$records);
  const today = localDay(new Date());
  const [day, setDay] = useState(() => dayParam(location.search) ?? today);
  const [allDays, setAllDays] = useState(false);
  const goals = records.filter((r): r is GoalRecord => r.kind === "goal");
  const reflections = records.filter((r): r is ReflectionRecord => r.kind === "reflection");
  const week = weekOf(day);
  const rows = weekSummary(week, goals, reflections);
  const endings = weekEndings(rows);
  // Only the days shown are summed up; the count covers them all.
  const days = historyDays(goals, reflections);
  const history = weekSummary(days.slice(0, allDays ? undefined : 10), goals, reflections);
  const reflected = new Set(reflections.map((r) => r.day));
  const chart = (
    id: string,
    title: string,
    description: string,
    max: number,
    series: [string, (number | null)[], 1 | 2 | 3 | 4][],
    total?: string,
  ) => (
    <BarChart
      id={id}
      title={title}
      description={description}
      categoryLabel={w("day")}
      categories={week.map((d) => formatDay(d, w.locale, true))}
      series={series.map(([name, values, tone]) => ({ name, values, tone }))}
      max={max}
      total={total}
    />
  );

  return (
    <div class="gp">
      <StorageNotices store={goalPlanner} />
      <section aria-labelledby="gp-week-h">
        <h2 id="gp-week-h">{w("weekH", { day: formatDay(week[0]!, w.locale) })}</h2>
        <p class="ws-actions">
          <button type="button" class="secondary" onClick={() => setDay(addDays(day, -7))}>
            {w("prevWeek")}
          </button>
          <button type="button" class="secondary" onClick={() => setDay(addDays(day, 7))}>
            {w("nextWeek")}
          </button>
        </p>
        {chart(
          "gp-week-goals",
          w("goalsChart"),
          w("goalsChartAbout"),
          Math.max(DAILY_LIMIT_MAX, ...rows.map((r) => r.set)),
          ENDINGS.map((e, i) => [w(ENDING_WORDS[i]!), endings[e], (i + 1) as 1 | 2 | 3 | 4]),
          w("goalsSet"),
        )}
        {chart("gp-week-feel", w("feelChart"), w("feelChartAbout"), 10, [
          [w("weekAnxiety"), rows.map((r) => r.anxiety), 2],
          [w("weekSatisfaction"), rows.map((r) => r.satisfaction), 1],
        ])}
      </section>

      <section aria-labelledby="gp-history-h">
        <h2 id="gp-history-h">{w("historyH")}</h2>
        {days.length === 0 ? (
          <p class="muted">{w("historyEmpty")}</p>
        ) : (
          <>
            <p>{w("historyIntro")}</p>
            <ul class="gp-list">
              {history.map((s) => {
                const rel = relativeDay(s.day, today);
                return (
                  <li key={s.day} class="gp-item">
                    <a href={`${worksheetPath("goal-planner")}?day=${s.day}`}>
                      {formatDay(s.day, w.locale, true)}
                      {rel && w("historyRel", { rel: dayName(w, s.day, today) })}
                    </a>
                    <span class="muted">{summaryText(w, s, reflected.has(s.day))}</span>
                  </li>
                );
              })}
            </ul>
            {days.length > 10 && (
              <p class="ws-actions">
                <button type="button" class="secondary" onClick={() => setAllDays(!allDays)}>
                  {allDays ? w("fewer") : w("all", { count: days.length })}
                </button>
              </p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
