import "./relapse-prevention-plan.css";
import type { ComponentChildren } from "preact";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { relapsePreventionPlan as plan } from "./store";
import { PART_IDS, planCompleteness, reviewStatus, sectionsFrom, type PlanSection } from "./plan";
import { words, type Words } from "../../engine/core/words";
import { contactsOf, dayOf, reviewDateOf, sectionText } from "./records";
import { worksheetPartPath } from "../../engine/core/routes";
import { TextSection } from "./TextSection";
import { Contacts } from "./Contacts";
import { FromExperiments } from "./FromExperiments";
import { Review } from "./Review";

const SLUG = "relapse-prevention-plan";

/** Parts the page renders as HTML. */
interface Props {
  /** The worksheet's words (words/en.json) and the page's locale. */
  words: Words;
  locale: string;
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
export default function RelapsePlan({ words: dict, locale, about, contactsNote, crisis }: Props) {
  const w = words(dict, locale);
  const records = useStore(plan.$records);
  const done = planCompleteness(records, w);
  const status = reviewStatus(reviewDateOf(records), dayOf(), w);
  const all = sectionsFrom(dict);
  const title = (id: PlanSection["id"]) => all.find((p) => p.id === id)!.title;
  const lang = { w, locale };

  return (
    <div class="rpp">
      <StorageNotices store={plan} />
      {(status.state === "overdue" || status.state === "due") && (
        <p class="notice no-print">
          {status.message} <a href="#rpp-review">{w("goReview")}</a>
        </p>
      )}
      <section class="rpp-overview card no-print" aria-labelledby="rpp-overview-h">
        <h2 id="rpp-overview-h">{w("overview")}</h2>
        <p>{done.message}</p>
        <ul class="rpp-parts">
          {PART_IDS.map((id) => {
            const has = done.filled.includes(id);
            return (
              <li key={id} class={has ? "rpp-has" : undefined}>
                <a href={`#rpp-${id}`}>{title(id)}</a>
                <span class="muted">: {has ? w("has") : w("empty")}</span>
              </li>
            );
          })}
        </ul>
        {about}
        <p class="ws-actions">
          <button type="button" onClick={() => print()}>
            {w("printPlan")}
          </button>
          <a class="button secondary" href={worksheetPartPath(SLUG, "print")}>
            {w("blank")}
          </a>
        </p>
      </section>
      {all.map((s) =>
        s.type === "contacts" ? (
          <Contacts
            key={s.id}
            {...s}
            {...lang}
            note={contactsNote}
            contacts={contactsOf(records)}
          />
        ) : (
          s.type === "text" && (
            <TextSection
              key={s.id}
              {...s}
              {...lang}
              id={s.id}
              saved={sectionText(records, s.id)}
              extra={
                s.id === "learned"
                  ? (text, set) => (
                      <FromExperiments w={w} text={text} set={set} fieldId="rpp-learned-text" />
                    )
                  : undefined
              }
            />
          )
        ),
      )}
      {crisis}
      <Review {...lang} section={all.find((p) => p.type === "review")!} />
    </div>
  );
}
