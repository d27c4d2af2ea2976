import { focusOn } from "../../engine/core/focus";
import { draftErrors, limitMessage } from "./day";
import { parkErrors } from "./plan";
import { addGoal, parkDraft } from "./actions";
import { Actions, focusError, GoalFields } from "./parts";
import { EMPTY_FORM, Section, type Page } from "./Section";

/** The goal form, with the kind note past the daily limit and the offer to park instead. */
export function AddSection({ page }: { page: Page }) {
  const { w, day, view, form } = page;
  const { draft, errors, note, source } = form;
  const full = view.goals.length >= view.limit;

  function add(e: Event) {
    e.preventDefault();
    if (full) {
      form.set({ note: limitMessage(w, view.goals.length, view.limit) });
      return page.focusSoon("gp-limit");
    }
    const found = draftErrors(w, draft);
    form.set({ errors: found });
    if (focusError("gp-new", found)) return;
    const goal = addGoal(draft, day, source);
    if (!goal) return page.say("gp-add-h", w("notSaved"));
    form.set(EMPTY_FORM);
    page.say("gp-goals-h", w("added", { task: goal.task, day: page.name(day) }));
    page.focusSoon(`gp-goal-${goal.id}`);
  }

  function park() {
    const found = parkErrors(w, draft);
    if (focusError("gp-new", found)) return form.set({ errors: found });
    if (!parkDraft(draft, source)) return page.say("gp-add-h", w("notParked"));
    form.set(EMPTY_FORM);
    page.say("gp-parked-h", w("parkedOne", { task: draft.task.trim() }));
    page.focusSoon("gp-parked-h");
  }

  return (
    <Section id="gp-add-h" title={w(source ? "planH" : "addH")} page={page}>
      {full && !note && <p class="gp-hint">{w("atLimit", { limit: view.limit })}</p>}
      <form class="card gp-form" onSubmit={add} noValidate>
        <GoalFields
          w={w}
          prefix="gp-new"
          draft={draft}
          errors={errors}
          set={(d) => form.set({ draft: d })}
        />
        {note && (
          <div id="gp-limit" class="notice" tabIndex={-1} role="group" aria-label={w("limitGroup")}>
            <p>{note}</p>
            <Actions
              list={[
                [w("parkIt"), park, true],
                [
                  w("keepEditing"),
                  () => {
                    form.set({ note: "" });
                    focusOn("gp-new-task");
                  },
                ],
              ]}
            />
          </div>
        )}
        <p class="ws-actions">
          <button type="submit">{w("addGoal")}</button>
          {source && (
            <button
              type="button"
              class="secondary"
              onClick={() => (form.set(EMPTY_FORM), focusOn("gp-add-h"))}
            >
              {w("clear")}
            </button>
          )}
        </p>
      </form>
    </Section>
  );
}
