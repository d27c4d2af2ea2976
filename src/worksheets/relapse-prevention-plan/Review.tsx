import { useEffect, useState } from "preact/hooks";
import { useStore } from "../../engine/core/use-store";
import { relapsePreventionPlan as plan } from "./store";
import { reviewStatus, type PlanSection, type Say } from "./plan";
import { addMonths } from "./edit";
import { dayOf, longDay, reviewDateOf } from "./records";
import { saveReviewDate } from "./actions";
import { WritingLines } from "./TextSection";

const QUICK = [1, 3, 6] as const;

/**
 * When the person will look at the plan again: a date that saves as soon as
 * it is a whole, real day, quick choices, and how far off it is. A passed
 * date is also flagged at the top of the page (RelapsePlan).
 */
export function Review({ w, locale, section }: { w: Say; locale: string; section: PlanSection }) {
  const saved = reviewDateOf(useStore(plan.$records));
  const today = dayOf();
  const [value, setValue] = useState(saved ?? "");
  const [error, setError] = useState("");
  const [justSaved, setJustSaved] = useState(false);
  const status = reviewStatus(saved, today, w);
  const flag = status.state === "overdue" || status.state === "due";

  // Another tab or a homework link set it.
  useEffect(() => setValue(saved ?? ""), [saved]);

  const choose = (day: string) => {
    setValue(day);
    // reviewStatus reads only whole, real days.
    const ok = reviewStatus(day, today, w).state !== "none";
    if (ok) saveReviewDate(day);
    setJustSaved(ok);
    setError(
      ok
        ? ""
        : day
          ? w("reviewBad", { day: longDay(addMonths(today, 3), locale) })
          : saved
            ? w("reviewKeep", { day: longDay(saved, locale) })
            : "",
    );
  };

  return (
    <section class="rpp-section" id="rpp-review" aria-labelledby="rpp-review-h">
      <h2 id="rpp-review-h">
        <label for="rpp-review-date">{section.title}</label>
      </h2>
      <p class="rpp-prompt no-print" id="rpp-review-hint">
        {section.prompt}
      </p>
      {error && (
        <p class="field-error no-print" id="rpp-review-err">
          {error}
        </p>
      )}
      <div class="rpp-review-row no-print">
        <input
          type="date"
          id="rpp-review-date"
          value={value}
          aria-invalid={error ? "true" : undefined}
          aria-describedby={`rpp-review-hint ${error ? "rpp-review-err " : ""}rpp-review-state`}
          onChange={(e) => choose(e.currentTarget.value)}
        />
        <div role="group" aria-labelledby="rpp-review-or" class="ws-actions">
          <span id="rpp-review-or">{w("reviewOr")}</span>
          {QUICK.map((n) => (
            <button
              key={n}
              type="button"
              class="secondary"
              onClick={() => choose(addMonths(today, n))}
            >
              {w(`reviewIn${n}`)}
            </button>
          ))}
        </div>
      </div>
      <p
        role="status"
        id="rpp-review-state"
        class={flag ? "rpp-review-state notice no-print" : "rpp-review-state no-print"}
      >
        {justSaved && w("reviewSaved")}
        {status.message}
      </p>
      <p class="print-only">
        <strong>{w("reviewNext")}</strong> {saved && longDay(saved, locale)}
      </p>
      {!saved && <WritingLines n={1} />}
    </section>
  );
}
