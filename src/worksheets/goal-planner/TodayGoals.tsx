import { formatMinutes, STATUS_WORDS } from "./days";
import { deleteGoal, editGoal, parkGoal, setStatus } from "./actions";
import { GoalCard } from "./GoalCard";
import { Section, type Page } from "./Section";

/** The day's goals, each a card, and the time boxes so far. */
export function GoalsSection({ page }: { page: Page }) {
  const { w, day, view } = page;
  const { goals, limit, earlier, check } = view;
  const total = formatMinutes(w, check.totalMinutes);
  return (
    <Section
      id="gp-goals-h"
      title={w(goals.length > limit ? "goalsHOver" : "goalsH", {
        day: page.name(day),
        count: goals.length,
        goals: w("goals", { count: goals.length }),
        limit,
      })}
      page={page}
    >
      {earlier.length > 0 && (
        <p class="notice">
          {w("earlier", { count: earlier.length })}
          {w("earlierHow")}
          <a href="#gp-open-h">{w("openH")}</a>
        </p>
      )}
      {goals.length === 0 ? (
        <p class="muted">{w("goalsEmpty")}</p>
      ) : (
        <ol class="gp-goals">
          {goals.map((g) => (
            <GoalCard
              key={g.id}
              w={w}
              goal={g}
              from={g.carriedFrom ? page.ix.byId.get(g.carriedFrom) : undefined}
              onStatus={(status) => {
                if (setStatus(g, status))
                  page.say(
                    "gp-goals-h",
                    w("marked", { task: g.task, said: w(STATUS_WORDS[status][1]) }),
                  );
              }}
              onEdit={(draft) => {
                const ok = editGoal(g, draft);
                if (ok) page.say("gp-goals-h", w("changed", { task: g.task }));
                return ok;
              }}
              onPark={() => {
                if (!parkGoal(g)) return;
                page.say("gp-parked-h", w("parkedOne", { task: g.task }));
                page.focusSoon("gp-parked-h");
              }}
              onDelete={() =>
                page.ask(
                  {
                    title: w("deleteAsk"),
                    text: w("deleteWhat", { task: g.task, day: page.name(day) }),
                    yes: w("yesDelete"),
                    no: w("cancel"),
                  },
                  `gp-e-${g.id}-del`,
                  () => {
                    deleteGoal(g.id);
                    page.say("gp-goals-h", w("deleted", { task: g.task }));
                    page.focusSoon("gp-goals-h");
                  },
                )
              }
            />
          ))}
        </ol>
      )}
      <p class="muted">
        {check.available === null
          ? w("boxes", { total })
          : w("boxesOf", { total, have: formatMinutes(w, check.available) })}
      </p>
    </Section>
  );
}
