import { useEffect, useState } from "preact/hooks";
import { useStore } from "../../engine/core/use-store";
import { goalPlanner } from "./store";
import { reflectionId, type ReflectionRecord } from "./schema";
import { dayParam, fill, LONG, relativeDay, textNote } from "./days";
import { reflectionErrors, reflectionHasContent, type ReflectionDraft } from "./reflect";
import type { ReflectWords } from "./words";
import { formatDay, localDay } from "../../engine/core/dates";
import { StorageNotices } from "../../engine/core/StorageNotices";
import "./goal-planner.css";

type Answer = "stoppedAtGoodEnough" | "predictedVsActual";
type Rating = "anxiety" | "satisfaction";

/**
 * The goal planner's end-of-day reflection for the day at ?day= (or today):
 * two short answers and two 0–10 ratings, saved as the `reflection:<day>`
 * record. The "today" page shows a summary of it and links here. It imports
 * none of the "today" page's own code, so the two share no extra chunk.
 * All wording comes from the page as the `t` prop (src/worksheets/goal-planner/words.ts).
 */
export default function GoalReflect({ t }: { t: ReflectWords }) {
  const records = useStore(goalPlanner.$records);
  const today = localDay(new Date());
  const [day] = useState(() => dayParam(location.search) ?? today);
  const existing = records.find((r) => r.id === reflectionId(day)) as ReflectionRecord | undefined;
  const [d, setD] = useState<ReflectionDraft>({
    stoppedAtGoodEnough: existing?.stoppedAtGoodEnough ?? "",
    predictedVsActual: existing?.predictedVsActual ?? "",
    anxiety: existing?.anxiety,
    satisfaction: existing?.satisfaction,
  });
  const [errors, setErrors] = useState<ReturnType<typeof reflectionErrors>>({});
  const [said, setSaid] = useState("");
  const name = relativeDay(day, today) ?? formatDay(day, "en-US", LONG);

  // The tabs stay on this day (class "gp-day-link", ?day=).
  useEffect(() => {
    const search = day === today ? "" : `?day=${day}`;
    history.replaceState(null, "", location.pathname + search);
    document
      .querySelectorAll<HTMLAnchorElement>(".gp-day-link")
      .forEach((a) => (a.search = search));
  }, [day]);

  const text = (k: Answer, label: string) => {
    const id = `gp-r-${k}`;
    const note = errors[k] || textNote(t, d[k]);
    return (
      <div class="gp-field">
        <label for={id}>{label}</label>
        <textarea
          id={id}
          rows={3}
          value={d[k]}
          onInput={(e) => setD({ ...d, [k]: e.currentTarget.value })}
          aria-describedby={note ? `${id}-n` : undefined}
          aria-invalid={errors[k] ? "true" : undefined}
        />
        {note && (
          <span id={`${id}-n`} class={errors[k] ? "gp-error" : "gp-hint"}>
            {note}
          </span>
        )}
      </div>
    );
  };
  const scale = (k: Rating, legend: string, hint: string) => (
    <fieldset class="gp-scale" aria-describedby={`gp-r-${k}-h`}>
      <legend>{legend}</legend>
      <span id={`gp-r-${k}-h`} class="gp-hint">
        {hint}
      </span>
      <div class="gp-scale-row">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n}>
            <input
              type="radio"
              name={`gp-r-${k}`}
              checked={d[k] === n}
              onChange={() => setD({ ...d, [k]: n })}
            />
            {n}
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <div class="gp">
      <StorageNotices store={goalPlanner} />
      <section aria-labelledby="gp-reflect-h">
        <h2 id="gp-reflect-h">{fill(t.reflectH, name)}</h2>
        <form
          class="card gp-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const found = reflectionErrors(t, d);
            setErrors(found);
            const first = found.stoppedAtGoodEnough
              ? "stoppedAtGoodEnough"
              : found.predictedVsActual && "predictedVsActual";
            if (first) return document.getElementById(`gp-r-${first}`)?.focus();
            if (!reflectionHasContent(d) && !existing) return setSaid(t.reflectEmpty);
            const now = new Date().toISOString();
            const words = (s: string) => s.trim() || undefined;
            const record: ReflectionRecord = JSON.parse(
              JSON.stringify({
                id: reflectionId(day),
                kind: "reflection",
                day,
                createdAt: existing?.createdAt ?? now,
                updatedAt: now,
                stoppedAtGoodEnough: words(d.stoppedAtGoodEnough),
                predictedVsActual: words(d.predictedVsActual),
                anxiety: d.anxiety,
                satisfaction: d.satisfaction,
              }),
            );
            if (existing) goalPlanner.update(record.id, record as never);
            else goalPlanner.create(record as never, record.id);
            setSaid(t.reflectSaved);
          }}
        >
          <p>{t.reflectIntro}</p>
          {text("stoppedAtGoodEnough", t.stopped)}
          {text("predictedVsActual", t.predicted)}
          {scale("anxiety", t.anxiety, t.anxietyHint)}
          {scale("satisfaction", t.satisfaction, t.satisfactionHint)}
          <button type="submit">{t.saveReflection}</button>
        </form>
        <p role="status" class="gp-say">
          {said}
        </p>
      </section>
    </div>
  );
}
