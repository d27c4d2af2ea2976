import { formatDay } from "../../engine/core/dates";
import { worksheetPartPath } from "../../engine/core/routes";
import { STATUS_WORDS } from "./days";
import { carryTarget } from "./plan";
import type { GoalRecord } from "./schema";
import { settleGoal } from "./actions";
import { Item } from "./parts";
import { Section, type Page } from "./Section";
import { goalsOn } from "./view";

/** The day's reflection, in short, with a link to write it. */
export function ReflectSection({ page }: { page: Page }) {
  const { w, day, view } = page;
  const r = view.reflection;
  const name = page.name(day);
  return (
    <Section id="gp-reflect-h" title={w("reflectH", { day: name })} page={page}>
      <p>
        {w(r ? "reflectDone" : "reflectNone", { day: name })}
        {r &&
          (r.anxiety ?? r.satisfaction) !== undefined &&
          w("reflectScores", {
            anxiety: r.anxiety ?? w("noScore"),
            satisfaction: r.satisfaction ?? w("noScore"),
          })}
      </p>
      <p>
        <a href={`${worksheetPartPath("goal-planner", "reflect")}?day=${day}`}>
          {w("reflectLink")}
        </a>
      </p>
    </Section>
  );
}

/** Goals still open: the day's, and on today those from earlier days. Each waits for the person's choice. */
export function OpenSection({ page }: { page: Page }) {
  const { w, day, today, view } = page;
  const { open, earlier } = view;

  /** Carries an unfinished goal over, parks it, or lets it go: always the person's choice. */
  function settle(g: GoalRecord, how: "carry" | "park" | "let-go") {
    const target = carryTarget(g.day, today);
    const there = goalsOn(page.ix, target);
    if (how === "carry" && there >= view.limit)
      return page.say("gp-open-h", w("carryFull", { day: page.name(target), count: there }));
    if (!settleGoal(g, how, target)) return;
    const key = how === "carry" ? "carried" : how === "park" ? "parkedOpen" : "letGone";
    page.say("gp-open-h", w(key, { task: g.task, day: page.name(target) }));
    page.focusSoon("gp-open-h");
  }

  const item = (g: GoalRecord, withDay: boolean) => {
    const status = w(STATUS_WORDS[g.status][0]).toLocaleLowerCase(w.locale);
    return (
      <Item
        key={g.id}
        id={`gp-open-${g.id}`}
        actions={[
          [w("carryTo", { day: page.name(carryTarget(g.day, today)) }), () => settle(g, "carry")],
          [w("parkOpen"), () => settle(g, "park")],
          [w("letGo"), () => settle(g, "let-go")],
        ]}
      >
        <strong>{g.task}</strong>
        <span class="muted">
          {withDay
            ? w("openWhen", { day: formatDay(g.day, w.locale), status })
            : w("openStatus", { status })}
        </span>
      </Item>
    );
  };

  return (
    <Section id="gp-open-h" title={w("openH")} page={page}>
      <p>{w("openIntro")}</p>
      {open.length === 0 && earlier.length === 0 && (
        <p class="muted">{w("openNone", { day: page.name(day) })}</p>
      )}
      {open.length > 0 && (
        <ul class="gp-list" aria-label={w("openList", { day: page.name(day) })}>
          {open.map((g) => item(g, false))}
        </ul>
      )}
      {earlier.length > 0 && <h3>{w("earlierH")}</h3>}
      {earlier.length > 0 && <ul class="gp-list">{earlier.map((g) => item(g, true))}</ul>}
    </Section>
  );
}
