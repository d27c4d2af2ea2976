import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { goalPlanner } from "./store";
import { dayPlanId, reflectionId } from "./schema";
import { boxedMinutes, dayParam, fill, formatMinutes, LONG } from "./days";
import type { PrintWords } from "./words";
import { formatDay, localDay } from "../../engine/core/dates";
import "./goal-planner.css";

/** Prints the day's clean plan ("record") or the paper copy ("blank"). */
function printAs(kind: "record" | "blank") {
  const root = document.documentElement;
  root.dataset.print = kind;
  addEventListener("afterprint", () => delete root.dataset.print, { once: true });
  window.print();
}

/**
 * The goal planner's print view: the day in ?day= (or today) as a clean
 * one-page plan, shown as it will print, and the blank copy for paper (in the
 * page, hidden on screen). All wording comes from the page as the `t` prop.
 */
export default function GoalPrint({ t }: { t: PrintWords }) {
  const records = useStore(goalPlanner.$records);
  const day = dayParam(location.search) ?? localDay(new Date());
  const goals = records.flatMap((r) => (r.kind === "goal" && r.day === day ? [r] : []));
  const plan = records.find((r) => r.id === dayPlanId(day));
  const r = records.find((x) => x.id === reflectionId(day));
  const line = (label: string, value: string | number | undefined) =>
    value !== undefined &&
    value !== "" && (
      <p>
        <strong>{label}:</strong> {value}
      </p>
    );
  return (
    <div class="gp gp-print-view">
      <StorageNotices store={goalPlanner} />
      <p class="gp-actions">
        <button type="button" onClick={() => printAs("record")}>
          {t.printDay}
        </button>
        <button type="button" class="secondary" onClick={() => printAs("blank")}>
          {t.printBlank}
        </button>
      </p>
      <section class="gp-print card" aria-labelledby="gp-plan-h">
        <h2 id="gp-plan-h">{fill(t.planOf, formatDay(day, "en-US", LONG))}</h2>
        <p>
          {plan?.kind === "dayplan" && fill(t.haveTime, formatMinutes(plan.minutesAvailable))}
          {fill(t.boxTotal, formatMinutes(boxedMinutes(goals)))}
        </p>
        {goals.length === 0 ? (
          <p>{t.noGoals}</p>
        ) : (
          goals.map((g, i) => (
            <div key={g.id} class="gp-print-goal">
              <h3>
                {i + 1}. {g.task}
              </h3>
              {line(t.goodEnoughIs, g.goodEnough)}
              {line(t.timeBox, g.minutes === undefined ? undefined : formatMinutes(g.minutes))}
              {line(t.lettingGoOf, g.lettingGo)}
              {line(t.stands, t.status[g.status])}
            </div>
          ))
        )}
        {r?.kind === "reflection" && (
          <>
            <h3>{t.reflectPrint}</h3>
            {line(t.stoppedPrint, r.stoppedAtGoodEnough)}
            {line(t.predictedPrint, r.predictedVsActual)}
            {line(t.anxietyPrint, r.anxiety)}
            {line(t.satisfactionPrint, r.satisfaction)}
          </>
        )}
      </section>
    </div>
  );
}
