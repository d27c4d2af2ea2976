import { useMemo } from "preact/hooks";
import { printPart } from "../../engine/ui/print";
import type { Words } from "../../engine/core/words";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { goalPlanner } from "./store";
import { dayPlanId, reflectionId } from "./schema";
import { boxedMinutes, dayParam, formatMinutes, sayer, STATUS_WORDS } from "./days";
import { formatDay, localDay } from "../../engine/core/dates";
import "./goal-planner.css";

/**
 * The goal planner's print view: the day in ?day= (or today) as a clean
 * one-page plan, shown as it will print, and the blank copy for paper (in the
 * page, hidden on screen). All wording comes from the page as the `words` prop.
 */
export default function GoalPrint(props: { words: Words; locale: string }) {
  const w = useMemo(() => sayer(props.words, props.locale), [props.words, props.locale]);
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
      <p class="ws-actions">
        <button type="button" onClick={() => printPart("record")}>
          {w("printDay")}
        </button>
        <button type="button" class="secondary" onClick={() => printPart("blank")}>
          {w("printBlank")}
        </button>
      </p>
      <section class="gp-print card" aria-labelledby="gp-plan-h">
        <h2 id="gp-plan-h">{w("planOf", { day: formatDay(day, w.locale, true) })}</h2>
        <p>
          {plan?.kind === "dayplan" &&
            w("haveTime", { time: formatMinutes(w, plan.minutesAvailable) })}
          {w("boxTotal", { time: formatMinutes(w, boxedMinutes(goals)) })}
        </p>
        {goals.length === 0 ? (
          <p>{w("noGoals")}</p>
        ) : (
          goals.map((g, i) => (
            <div key={g.id} class="gp-print-goal">
              <h3>
                {i + 1}. {g.task}
              </h3>
              {line(w("goodEnoughIs"), g.goodEnough)}
              {line(
                w("timeBox"),
                g.minutes === undefined ? undefined : formatMinutes(w, g.minutes),
              )}
              {line(w("lettingGoOf"), g.lettingGo)}
              {line(w("stands"), w(STATUS_WORDS[g.status][0]))}
            </div>
          ))
        )}
        {r?.kind === "reflection" && (
          <>
            <h3>{w("reflectPrint")}</h3>
            {line(w("stoppedPrint"), r.stoppedAtGoodEnough)}
            {line(w("predictedPrint"), r.predictedVsActual)}
            {line(w("anxietyPrint"), r.anxiety)}
            {line(w("satisfactionPrint"), r.satisfaction)}
          </>
        )}
      </section>
    </div>
  );
}
