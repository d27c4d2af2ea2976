import type { ComponentChildren } from "preact";
import type { Question } from "../../engine/core/Confirm";
import type { Say } from "./days";
import type { DayView, PlannerIndex } from "./view";
import type { GoalDraft, GoalDraftErrors } from "./day";

/** What every part of the "today" page shares: the day, how to speak, focus and ask. */
export interface Page {
  w: Say;
  ix: PlannerIndex;
  day: string;
  today: string;
  /** "today", "yesterday", or the day written out. */
  name: (day: string) => string;
  /** What the page shows for the day. */
  view: DayView;
  /** The goal form, which the brain dump and the park list can fill. */
  form: Form;
  /** The latest status line: the id of the section it goes under, and its words. */
  said: string[];
  /** Puts a status line under the section with heading `at`. */
  say: (at: string, text: string) => void;
  /** Moves focus to this id after the next render. */
  focusSoon: (id: string) => void;
  /** Asks before something goes; "no" puts focus back on the element with id `back`. */
  ask: (question: Question, back: string, run: () => void) => void;
}

/** A section: its heading, what is in it, and a status line for what just happened there. */
export function Section({
  id,
  title,
  page: { said },
  children,
}: {
  id: string;
  title: string;
  page: Page;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      {children}
      <p role="status" class="gp-say">
        {said[0] === id ? said[1] : ""}
      </p>
    </section>
  );
}

export const EMPTY: GoalDraft = { task: "", goodEnough: "", minutes: "", lettingGo: "" };

/** The goal form: what is in it, its errors, the daily-limit note, and the item it was filled from. */
export interface FormState {
  draft: GoalDraft;
  errors: GoalDraftErrors;
  note: string;
  /** The brain-dump or parked item the form was filled from, or "". */
  source: string;
}
export const EMPTY_FORM: FormState = { draft: EMPTY, errors: {}, note: "", source: "" };
export interface Form extends FormState {
  set: (change: Partial<FormState>) => void;
}

/** Fills the goal form from a brain-dump line or a parked item, and says so. */
export function pickUp(page: Page, draft: GoalDraft, source: string) {
  page.form.set({ draft, errors: {}, note: "", source });
  const key = draft.goodEnough ? "inFormCheck" : "inFormAdd";
  page.say("gp-add-h", page.w(key, { task: draft.task }));
  page.focusSoon(draft.goodEnough ? "gp-new-task" : "gp-new-goodEnough");
}
