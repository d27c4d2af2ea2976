import "./exposure-ladder.css";
import { useEffect, useState } from "preact/hooks";
import { worksheetPartPath } from "../../engine/core/routes";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { useFocusLater } from "../../engine/core/focus";
import { exposureLadder } from "./store";
import type { LadderRecord, StepRecord } from "./schema";
import { fill, nextStep, shortLabel } from "./ladder";
import {
  draftFromStep,
  ladderFieldsFromDraft,
  ladderGaps,
  ladderOverview,
  practiceSummary,
  stepCountAdvice,
  stepPatch,
  validateLadderDraft,
  validateStepDraft,
} from "./steps";
import { laddersOf, practicesOf, stepNumber, stepsOf } from "./view";
import { formatDay, localDay } from "../../engine/core/dates";
import type { LadderWords } from "./words";
import {
  deleting,
  DraftForm,
  ItemActions,
  LADDERS,
  ladderHref,
  MasteredBox,
  PracticeLink,
  quoted,
  StepFacts,
  useQuestion,
  Which,
} from "./parts";

// A homework link opens here (or arrives as a new fragment on an open page);
// its reader lives on the homework page, off this page's budget.
(onhashchange = () => {
  if (/^#hw=/.test(location.hash))
    location.replace(worksheetPartPath("exposure-ladder", "homework") + location.hash);
})();

/** The page's words (a prop, so they are HTML rather than JavaScript). */
let t: LadderWords;

const ladderParam = () => new URLSearchParams(location.search).get("ladder");

const EMPTY_LADDER = { theme: "", notes: "" };
const EMPTY_STEP = { description: "", expectedSuds: "", ritualsToDrop: "" };
type StepForm = typeof EMPTY_STEP;
/** The form keeps rituals as typed, one a line. */
const asStep = (d: StepForm) => ({ ...d, ritualsToDrop: d.ritualsToDrop.split("\n") });
const stepForm = (s: StepRecord): StepForm => {
  const d = draftFromStep(s);
  return { ...d, ritualsToDrop: d.ritualsToDrop.join("\n") };
};

/** Prints the open ladder and nothing else. */
function printLadder() {
  const root = document.documentElement;
  root.dataset.print = "ladder";
  addEventListener("afterprint", () => delete root.dataset.print, { once: true });
  print();
}

/** The fear theme and notes: to start a ladder, or to rename one. */
const LadderForm = (p: {
  initial: typeof EMPTY_LADDER;
  label: string;
  save: (d: typeof EMPTY_LADDER) => void;
  cancel?: (dirty: boolean) => void;
}) => (
  <DraftForm
    {...p}
    check={(d) => validateLadderDraft(d, t)}
    prefix="el-l"
    w={t}
    fields={(field) => (
      <>
        {field("theme", t.theme, t.themeHint)}
        {field("notes", t.notes, t.notesHint, "area")}
      </>
    )}
  />
);

/** A step: to add one, or to edit one. */
const StepFields = (p: {
  prefix: string;
  name: string;
  initial: StepForm;
  label: string;
  save: (d: StepForm) => string | void;
  cancel?: (dirty: boolean) => void;
}) => (
  <DraftForm
    {...p}
    check={(d) => validateStepDraft(asStep(d), t)}
    w={t}
    fields={(field) => (
      <>
        {field("description", t.description, t.descriptionHint, "area")}
        {field("expectedSuds", t.sudsLabel, t.sudsHint, "rating")}
        {field("ritualsToDrop", t.rituals, t.ritualsHint, "area")}
      </>
    )}
  />
);

/**
 * The exposure ladder: a list of ladders (each a fear theme), and one ladder
 * with its steps sorted from least to most expected distress, gentle notes on
 * big jumps and on the number of steps, and each step's practices in a line.
 * A step's practice log is its own page (practice/?step=…).
 */
export default function ExposureLadder(props: { t: LadderWords }) {
  t = props.t;
  const records = useStore(exposureLadder.$records);
  const [ladderId, setLadderId] = useState(ladderParam);
  const [message, setMessage] = useState("");
  /** "ladder" while the theme is edited, or the id of the step being edited. */
  const [editing, setEditing] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const { ask, leave, questionAt } = useQuestion(focusLater, t);

  useEffect(() => {
    const back = () => {
      setLadderId(ladderParam());
      setEditing(null);
      setMessage("");
    };
    addEventListener("popstate", back);
    return () => removeEventListener("popstate", back);
  }, []);

  /** Opens a ladder (or the list) as its own address, so reload and Back work. */
  const go = (id: string | null, text = "") => {
    history.pushState(null, "", id ? ladderHref(id) : LADDERS);
    setLadderId(id);
    setEditing(null);
    setMessage(text);
    focusLater(id ? "el-ladder-h" : "el-list-h");
  };
  const follow = (id: string | null) => (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go(id);
  };
  /** Closes a form and moves focus. */
  const close = (focus: string) => () => {
    setEditing(null);
    focusLater(focus);
  };

  const ladders = laddersOf(records);
  const ladder = ladders.find((l) => l.id === ladderId);

  return (
    <div class="el">
      <StorageNotices store={exposureLadder} />
      <p role="status" class="el-message">
        {message}
      </p>
      {ladder ? ladderView(ladder) : listView()}
    </div>
  );

  function listView() {
    return (
      <>
        <section aria-labelledby="el-list-h">
          <h2 id="el-list-h" tabIndex={-1}>
            {t.listHeading}
          </h2>
          {ladderId && <p class="notice">{t.notFound}</p>}
          {ladders.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <ul class="el-cards">
              {ladders.map((l) => {
                const o = ladderOverview(records, l.id, t);
                return (
                  <li class="card" key={l.id}>
                    <h3>
                      <a href={ladderHref(l.id)} onClick={follow(l.id)}>
                        {l.theme}
                      </a>
                    </h3>
                    <p>{o.text}</p>
                    {o.next && (
                      <p>
                        {fill(t.nextStep, o.next.description)}{" "}
                        <PracticeLink step={o.next} label={t.practiceLog} />
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <section aria-labelledby="el-new-h">
          <h2 id="el-new-h">{t.newHeading}</h2>
          <LadderForm
            initial={EMPTY_LADDER}
            label={t.start}
            save={(d) => {
              const l = exposureLadder.create({ kind: "ladder", ...ladderFieldsFromDraft(d) });
              go(l.id, t.started);
            }}
          />
          <p>
            <a href={worksheetPartPath("exposure-ladder", "print")}>{t.printBlank}</a>
          </p>
        </section>
      </>
    );
  }

  function ladderView(ladder: LadderRecord) {
    const steps = stepsOf(records, ladder.id);
    const gaps = ladderGaps(steps, t);
    const advice = stepCountAdvice(steps.length, t);
    const next = nextStep(steps);
    /** Where a step now sits, and how many steps there are, after a save. */
    const place = (id: string) => {
      const now = stepsOf(exposureLadder.$records.get(), ladder.id);
      return [stepNumber(now, id), now.length] as const;
    };
    return (
      <>
        <p class="no-print">
          <a href={LADDERS} onClick={follow(null)}>
            {t.allLadders}
          </a>
        </p>
        <article class="el-ladder" aria-labelledby="el-ladder-h">
          <h2 id="el-ladder-h" tabIndex={-1}>
            {ladder.theme}
          </h2>
          {ladder.notes && <p class="el-notes">{ladder.notes}</p>}
          {editing === "ladder" ? (
            <LadderForm
              initial={{ theme: ladder.theme, notes: ladder.notes ?? "" }}
              label={t.saveChanges}
              save={(d) => {
                exposureLadder.update(ladder.id, ladderFieldsFromDraft(d));
                setMessage(t.ladderSaved);
                close("el-ladder-h")();
              }}
              cancel={(dirty) => leave(dirty, "el-l-cancel", "ladder", close("el-l-edit"))}
            />
          ) : (
            <div class="el-actions no-print">
              <button
                type="button"
                class="secondary"
                id="el-l-edit"
                onClick={() => {
                  setEditing("ladder");
                  focusLater("el-l-theme");
                }}
              >
                {t.editLadder}
              </button>
              <button type="button" class="secondary" onClick={printLadder}>
                {t.printLadder}
              </button>
              <button
                type="button"
                class="secondary"
                id="el-l-delete"
                onClick={() =>
                  ask({
                    ...deleting(records, ladder.id, t, "el-l-delete", () =>
                      go(null, t.ladderDeleted),
                    ),
                    at: "ladder",
                  })
                }
              >
                {t.removeLadder}
              </button>
            </div>
          )}
          {questionAt("ladder")}

          {steps.length > 0 && (
            <section class="el-next no-print" aria-labelledby="el-next-h">
              <h3 id="el-next-h">{t.nextHeading}</h3>
              {next ? (
                <p>
                  {next.description} <PracticeLink step={next} label={t.practiceLog} />
                </p>
              ) : (
                <p>{t.allMastered}</p>
              )}
            </section>
          )}

          <h3 id="el-steps-h" tabIndex={-1}>
            {t.stepsHeading}
          </h3>
          {advice && <p class="el-advice no-print">{advice.message}</p>}
          {steps.length === 0 ? (
            <p>{t.noStepsYet}</p>
          ) : (
            <ol class="el-steps">
              {steps.map((s, i) => (
                <li class="card el-step" key={s.id}>
                  {editing === s.id ? (
                    <>
                      <h4 id="el-edit-h" tabIndex={-1}>
                        {t.editHeading}
                      </h4>
                      <StepFields
                        prefix="el-edit"
                        name="el-edit-h"
                        initial={stepForm(s)}
                        label={t.saveChanges}
                        save={(d) => {
                          const fields = stepPatch(asStep(d));
                          // If another tab deleted it meanwhile, keep the words as a new step.
                          const saved =
                            exposureLadder.update(s.id, fields) ??
                            exposureLadder.create({
                              kind: "step",
                              ladderId: ladder.id,
                              mastered: false,
                              ...fields,
                            });
                          setMessage(
                            fill(t.stepSaved, shortLabel(fields.description), ...place(saved.id)),
                          );
                          close(`el-s-${saved.id}`)();
                        }}
                        cancel={(dirty) =>
                          leave(dirty, "el-edit-cancel", s.id, close(`el-e-${s.id}`))
                        }
                      />
                    </>
                  ) : (
                    stepCard(s, i)
                  )}
                  {questionAt(s.id)}
                </li>
              ))}
            </ol>
          )}
        </article>

        <section class="el-add no-print" aria-labelledby="el-add-h">
          <h3 id="el-add-h">{t.addHeading}</h3>
          <StepFields
            prefix="el-new"
            name="el-add-h"
            initial={EMPTY_STEP}
            label={t.addStep}
            save={(d) => {
              const { id } = exposureLadder.create({
                kind: "step",
                ladderId: ladder.id,
                mastered: false,
                ...stepPatch(asStep(d)),
              });
              return fill(t.added, shortLabel(d.description), ...place(id));
            }}
          />
        </section>
      </>
    );

    function stepCard(s: StepRecord, i: number) {
      const gap = gaps.find((g) => g.upper.id === s.id);
      return (
        <>
          {gap && <p class="el-gap">{gap.message}</p>}
          <h4 id={`el-s-${s.id}`} tabIndex={-1}>
            <span class="el-num">{i + 1}.</span> {s.description}
          </h4>
          <StepFacts step={s} w={t} />
          <p>{practiceSummary(practicesOf(records, s.id), t)}</p>
          {s.mastered && (
            <p class="el-badge">
              {s.masteredAt
                ? fill(t.masteredOn, formatDay(localDay(new Date(s.masteredAt))))
                : t.mastered}
            </p>
          )}
          <ItemActions
            id={s.id}
            name={quoted(s.description)}
            records={records}
            w={t}
            ask={ask}
            edit={() => {
              setEditing(s.id);
              focusLater("el-edit-h");
            }}
            deleted={() => {
              setMessage(t.stepDeleted);
              focusLater("el-steps-h");
            }}
          >
            <MasteredBox
              step={s}
              w={t}
              say={setMessage}
              label={
                <>
                  {t.mastered}
                  <Which name={quoted(s.description)} />
                </>
              }
            />
            <PracticeLink step={s} label={t.practiceLog} class="button" />
          </ItemActions>
        </>
      );
    }
  }
}
