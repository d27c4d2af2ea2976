import "./relapse-prevention-plan.css";
import type { ComponentChildren } from "preact";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { relapsePreventionPlan as plan } from "./store";
import { PART_IDS, planCompleteness, reviewStatus } from "./plan";
import { contactsOf, dayOf, reviewDateOf, sectionText } from "./records";
import { worksheetPartPath } from "../../engine/core/routes";
import { data, T } from "./data";
import { TextSection } from "./TextSection";
import { Contacts } from "./Contacts";
import { FromExperiments } from "./FromExperiments";
import { Review } from "./Review";

const SLUG = "relapse-prevention-plan";

// A homework link opens here (or arrives as a new fragment on an open page);
// its reader lives on the homework page, off this page's budget.
(onhashchange = () => {
  if (/^#hw=/.test(location.hash))
    location.replace(worksheetPartPath(SLUG, "homework") + location.hash);
})();

/** Parts the page renders as HTML. */
interface Props {
  /** How the plan saves and prints, under the overview. */
  about?: ComponentChildren;
  /** That contacts stay on this device. */
  contactsNote?: ComponentChildren;
  /** The crisis lines: shown, never edited, between the last section and the review. */
  crisis?: ComponentChildren;
}

/**
 * The plan as one document that saves as the person types: a gentle
 * overview, the written parts and contacts, the crisis lines (page HTML)
 * and the review date.
 */
export default function RelapsePlan({ about, contactsNote, crisis }: Props) {
  const records = useStore(plan.$records);
  const done = planCompleteness(records);
  const status = reviewStatus(reviewDateOf(records), dayOf());
  const parts = [...data.sections, data.review];

  return (
    <div class="rpp">
      <StorageNotices store={plan} />
      {(status.state === "overdue" || status.state === "due") && (
        <p class="notice no-print">
          {status.message} <a href="#rpp-review">{T.goReview}</a>
        </p>
      )}
      <section class="rpp-overview card no-print" aria-labelledby="rpp-overview-h">
        <h2 id="rpp-overview-h">{T.overview}</h2>
        <p>{done.message}</p>
        <ul class="rpp-parts">
          {PART_IDS.map((id) => {
            const has = done.filled.includes(id);
            return (
              <li key={id} class={has ? "rpp-has" : undefined}>
                <a href={`#rpp-${id}`}>{parts.find((p) => p.id === id)!.title}</a>
                <span class="muted">: {has ? T.has : T.empty}</span>
              </li>
            );
          })}
        </ul>
        {about}
        <p class="rpp-actions">
          <button type="button" onClick={() => print()}>
            {T.printPlan}
          </button>
          <a class="button secondary" href={worksheetPartPath(SLUG, "print")}>
            {T.blank}
          </a>
        </p>
      </section>
      {data.sections.map((s) =>
        s.id === "contacts" ? (
          <Contacts key={s.id} {...s} note={contactsNote} contacts={contactsOf(records)} />
        ) : (
          <TextSection
            key={s.id}
            {...s}
            id={s.id}
            saved={sectionText(records, s.id)}
            extra={
              s.id === "learned"
                ? (text, set) => (
                    <FromExperiments text={text} set={set} fieldId="rpp-learned-text" />
                  )
                : undefined
            }
          />
        ),
      )}
      {crisis}
      <Review />
    </div>
  );
}
