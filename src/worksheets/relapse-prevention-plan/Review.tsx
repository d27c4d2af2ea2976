import { useEffect, useState } from "preact/hooks";
import { useStore } from "../../engine/core/use-store";
import { relapsePreventionPlan as plan } from "./store";
import { reviewStatus } from "./plan";
import { addMonths } from "./edit";
import { dayOf, longDay, reviewDateOf } from "./records";
import { data, fill, T } from "./data";
import { saveReviewDate } from "./save";
import { WritingLines } from "./TextSection";

const t = T.review;
const QUICK = [1, 3, 6];

/**
 * When the person will look at the plan again: a date that saves as soon as
 * it is a whole, real day, quick choices, and how far off it is. A passed
 * date is also flagged at the top of the page (RelapsePlan).
 */
export function Review() {
  const saved = reviewDateOf(useStore(plan.$records));
  const today = dayOf();
  const [value, setValue] = useState(saved ?? "");
  const [error, setError] = useState("");
  const [justSaved, setJustSaved] = useState(false);
  const status = reviewStatus(saved, today);
  const flag = status.state === "overdue" || status.state === "due";

  // Another tab or a homework link set it.
  useEffect(() => setValue(saved ?? ""), [saved]);

  const choose = (day: string) => {
    setValue(day);
    // reviewStatus reads only whole, real days.
    const ok = reviewStatus(day, today).state !== "none";
    if (ok) saveReviewDate(day);
    setJustSaved(ok);
    setError(
      ok
        ? ""
        : day
          ? fill(t.bad, longDay(addMonths(today, 3)))
          : saved
            ? fill(t.keep, longDay(saved))
            : "",
    );
  };

  return (
    <section class="rpp-section" id="rpp-review" aria-labelledby="rpp-review-h">
      <h2 id="rpp-review-h">
        <label for="rpp-review-date">{data.review.title}</label>
      </h2>
      <p class="rpp-prompt no-print" id="rpp-review-hint">
        {data.review.prompt}
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
        <div role="group" aria-labelledby="rpp-review-or" class="rpp-actions">
          <span id="rpp-review-or">{t.or}</span>
          {QUICK.map((n, i) => (
            <button
              key={n}
              type="button"
              class="secondary"
              onClick={() => choose(addMonths(today, n))}
            >
              {t.months[i]}
            </button>
          ))}
        </div>
      </div>
      <p
        role="status"
        id="rpp-review-state"
        class={flag ? "rpp-review-state notice no-print" : "rpp-review-state no-print"}
      >
        {justSaved && t.saved}
        {status.message}
      </p>
      <p class="print-only">
        <strong>{t.next}</strong> {saved && longDay(saved)}
      </p>
      {!saved && <WritingLines n={1} />}
    </section>
  );
}
