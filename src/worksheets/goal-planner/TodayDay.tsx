import { useState } from "preact/hooks";
import { addDays } from "../../engine/core/dates";
import { DAILY_LIMIT_MAX, timeMessage } from "./day";
import { dayHeading, dayName, dayParam, type Say } from "./days";
import { dayMinutes } from "./plan";
import { setDailyLimit, setDayMinutes } from "./actions";
import { Actions, Text } from "./parts";
import { Section, type Page } from "./Section";

/** The day shown, a way to move between days, the daily limit and the time check. */
export function DaySection({ page, go }: { page: Page; go: (day: string | null) => void }) {
  const { w, day, today, view } = page;
  const { limit, plan, check } = view;
  const goTo = (d: string) => {
    go(d === today ? null : d);
    page.say("gp-day-h", w("showing", { day: dayName(w, d, today, true) }));
  };
  return (
    <Section id="gp-day-h" title={dayHeading(w, day, today)} page={page}>
      <nav class="gp-daynav" aria-label={w("days")}>
        <Actions
          list={[
            [w("prevDay"), () => goTo(addDays(day, -1))],
            [w("today"), () => goTo(today)],
            [w("nextDay"), () => goTo(addDays(day, 1))],
          ]}
        />
        <span class="gp-field gp-inline">
          <label for="gp-date">{w("goTo")}</label>
          <input
            id="gp-date"
            type="date"
            value={day}
            onChange={(e) => {
              const d = dayParam(`day=${e.currentTarget.value}`);
              if (d) goTo(d);
            }}
          />
        </span>
      </nav>
      <div class="card gp-setup">
        <div class="gp-field">
          <label for="gp-limit-n">{w("perDay")}</label>
          <span id="gp-limit-n-h" class="gp-hint">
            {w("perDayHint")}
          </span>
          <select
            id="gp-limit-n"
            aria-describedby="gp-limit-n-h"
            value={limit}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (setDailyLimit(n))
                page.say("gp-day-h", w("limitNow", { goals: w("goals", { count: n }) }));
            }}
          >
            {Array.from({ length: DAILY_LIMIT_MAX }, (_, i) => (
              <option key={i}>{i + 1}</option>
            ))}
          </select>
        </div>
        <DayTime
          w={w}
          key={day}
          initial={plan?.minutesAvailable}
          onSave={(v) => setDayMinutes(day, v)}
        />
        <p class={check.overBudget ? "notice gp-check" : "gp-check"} aria-live="polite">
          {timeMessage(w, check)}
        </p>
      </div>
    </Section>
  );
}

/** "Time I have today": saved when the person leaves the box, checked first. */
function DayTime({
  w,
  initial,
  onSave,
}: {
  w: Say;
  initial: number | undefined;
  onSave: (v: number | null) => void;
}) {
  const [text, setText] = useState(String(initial ?? ""));
  const [error, setError] = useState("");
  return (
    <Text
      w={w}
      id="gp-avail"
      label={w("avail")}
      hint={w("availHint")}
      number={{ min: 0, max: 1440 }}
      value={text}
      set={setText}
      error={error}
      onChange={() => {
        const r = dayMinutes(w, text);
        setError(r.ok ? "" : r.message);
        if (r.ok) onSave(r.value);
      }}
    />
  );
}
