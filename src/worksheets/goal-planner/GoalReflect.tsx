import { useEffect, useMemo, useState } from "preact/hooks";
import type { Words } from "../../engine/core/words";
import { useStore } from "../../engine/core/use-store";
import { goalPlanner } from "./store";
import { reflectionId, type ReflectionRecord } from "./schema";
import { dayName, dayParam, sayer, textNote } from "./days";
import {
  reflectionErrors,
  reflectionHasContent,
  saveReflection,
  type ReflectionDraft,
} from "./reflect";
import { localDay } from "../../engine/core/dates";
import { StorageNotices } from "../../engine/core/StorageNotices";
import "./goal-planner.css";

type Answer = "stoppedAtGoodEnough" | "predictedVsActual";
type Rating = "anxiety" | "satisfaction";

/**
 * The goal planner's end-of-day reflection for the day at ?day= (or today):
 * two short answers and two 0–10 ratings, saved as the `reflection:<day>`
 * record. The "today" page shows a summary of it and links here. It imports
 * none of the "today" page's own code, so the two share no extra chunk.
 * All wording comes from the page as the `words` prop (words/<locale>.json).
 */
export default function GoalReflect(props: { words: Words; locale: string }) {
  const w = useMemo(() => sayer(props.words, props.locale), [props.words, props.locale]);
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
  const name = dayName(w, day, today, true);

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
    const note = errors[k] || textNote(w, d[k]);
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
        <h2 id="gp-reflect-h">{w("reflectH", { day: name })}</h2>
        <form
          class="card gp-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const found = reflectionErrors(w, d);
            setErrors(found);
            const first = found.stoppedAtGoodEnough
              ? "stoppedAtGoodEnough"
              : found.predictedVsActual && "predictedVsActual";
            if (first) return document.getElementById(`gp-r-${first}`)?.focus();
            if (!reflectionHasContent(d) && !existing) return setSaid(w("reflectEmpty"));
            if (saveReflection(day, d)) setSaid(w("reflectSaved"));
          }}
        >
          <p>{w("reflectIntro")}</p>
          {text("stoppedAtGoodEnough", w("stopped"))}
          {text("predictedVsActual", w("predicted"))}
          {scale("anxiety", w("anxiety"), w("anxietyHint"))}
          {scale("satisfaction", w("satisfaction"), w("satisfactionHint"))}
          <button type="submit">{w("saveReflection")}</button>
        </form>
        <p role="status" class="gp-say">
          {said}
        </p>
      </section>
    </div>
  );
}
