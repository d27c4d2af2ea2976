import "./exposure-ladder.css";
import { printPart } from "../../engine/ui/print";
import { useEffect, useState } from "preact/hooks";
import { worksheetPartPath } from "../../engine/core/routes";
import { words, type Words } from "../../engine/core/words";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { useFocusLater } from "../../engine/core/focus";
import { exposureLadder } from "./store";
import { addLadder, addStep, editLadder, saveStep } from "./actions";
import type { LadderRecord, StepRecord } from "./schema";
import { nextStep, shortLabel, type Say } from "./ladder";
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
import {
  DraftForm,
  ItemActions,
  LADDERS,
  ladderHref,
  MasteredBox,
  PAGE,
  PracticeLink,
  ShowOlder,
  quoted,
  StepFacts,
  useQuestions,
  Which,
} from "./parts";

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

/** The fear theme and notes: to start a ladder, or to rename one. */
const LadderForm = (p: {
  w: Say;
  initial: typeof EMPTY_LADDER;
  label: string;
  save: (d: typeof EMPTY_LADDER) => void;
  cancel?: (dirty: boolean) => void;
}) => (
  <DraftForm
    {...p}
    check={(d) => validateLadderDraft(d, p.w)}
    prefix="el-l"
    fields={(field) => (
      <>
        {field("theme", p.w("theme"), p.w("themeHint"))}
        {field("notes", p.w("notes"), p.w("notesHint"), "area")}
      </>
    )}
  />
);

/** A step: to add one, or to edit one. */
const StepFields = (p: {
  w: Say;
  prefix: string;
  name: string;
  initial: StepForm;
  label: string;
  save: (d: StepForm) => string | void;
  cancel?: (dirty: boolean) => void;
}) => (
  <DraftForm
    {...p}
    check={(d) => validateStepDraft(asStep(d), p.w)}
    fields={(field) => (
      <>
        {field("description", p.w("description"), p.w("descriptionHint"), "area")}
        {field("expectedSuds", p.w("sudsLabel"), p.w("sudsHint"), "rating")}
        {field("ritualsToDrop", p.w("rituals"), p.w("ritualsHint"), "area")}
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
export default function ExposureLadder(props: { words: Words; locale: string }) {
  const { locale } = props;
  const w = words(props.words, locale);
  const records = useStore(exposureLadder.$records);
  const [ladderId, setLadderId] = useState(ladderParam);
  const [message, setMessage] = useState("");
  /** "ladder" while the theme is edited, or the id of the step being edited. */
  const [editing, setEditing] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const questions = useQuestions(focusLater, w, locale);
  const { leave } = questions;
  const [shown, setShown] = useState(PAGE);

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
    <div class="ws el">
      <StorageNotices store={exposureLadder} />
      <p role="status" class="ws-message">
        {message}
      </p>
      {questions.undoView}
      {ladder ? ladderView(ladder) : listView()}
      {questions.box}
    </div>
  );

  function listView() {
    return (
      <>
        <section aria-labelledby="el-list-h">
          <h2 id="el-list-h" tabIndex={-1}>
            {w("listHeading")}
          </h2>
          {ladderId && <p class="notice">{w("notFound")}</p>}
          {ladders.length === 0 ? (
            <p>{w("empty")}</p>
          ) : (
            <ul class="ws-list el-cards ws-text">
              {ladders.slice(0, shown).map((l) => {
                const o = ladderOverview(records, l.id, w);
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
                        {w("nextStep", { step: o.next.description })}{" "}
                        <PracticeLink step={o.next} label={w("practiceLog")} />
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <ShowOlder
            hidden={ladders.length - shown}
            label={(count) => w("showOlderLadders", { count })}
            more={() => {
              if (ladders.length - shown <= PAGE) focusLater("el-list-h");
              setShown(shown + PAGE);
            }}
          />
        </section>
        <section aria-labelledby="el-new-h">
          <h2 id="el-new-h">{w("newHeading")}</h2>
          <LadderForm
            w={w}
            initial={EMPTY_LADDER}
            label={w("start")}
            save={(d) => {
              const l = addLadder(ladderFieldsFromDraft(d));
              go(l.id, w("started"));
            }}
          />
          <p>
            <a href={worksheetPartPath("exposure-ladder", "print")}>{w("printBlank")}</a>
          </p>
        </section>
      </>
    );
  }

  function ladderView(ladder: LadderRecord) {
    const steps = stepsOf(records, ladder.id);
    const gaps = ladderGaps(steps, w);
    const advice = stepCountAdvice(steps.length, w);
    const next = nextStep(steps);
    /** Where a step now sits, and how many steps there are, after a save. */
    const place = (id: string) => {
      const now = stepsOf(exposureLadder.$records.get(), ladder.id);
      return { place: stepNumber(now, id), of: now.length };
    };
    return (
      <>
        <p class="no-print">
          <a href={LADDERS} onClick={follow(null)}>
            {w("allLadders")}
          </a>
        </p>
        <article class="el-ladder" aria-labelledby="el-ladder-h">
          <h2 id="el-ladder-h" tabIndex={-1}>
            {ladder.theme}
          </h2>
          {ladder.notes && <p class="el-notes ws-text">{ladder.notes}</p>}
          {editing === "ladder" ? (
            <LadderForm
              w={w}
              initial={{ theme: ladder.theme, notes: ladder.notes ?? "" }}
              label={w("saveChanges")}
              save={(d) => {
                editLadder(ladder.id, ladderFieldsFromDraft(d));
                setMessage(w("ladderSaved"));
                close("el-ladder-h")();
              }}
              cancel={(dirty) => leave(dirty, "el-l-cancel", close("el-l-edit"))}
            />
          ) : (
            <div class="ws-actions no-print">
              <button
                type="button"
                class="secondary"
                id="el-l-edit"
                onClick={() => {
                  setEditing("ladder");
                  focusLater("el-l-theme");
                }}
              >
                {w("editLadder")}
              </button>
              <button type="button" class="secondary" onClick={() => printPart("ladder")}>
                {w("printLadder")}
              </button>
              <button
                type="button"
                class="secondary"
                id="el-l-delete"
                onClick={() =>
                  questions.del(
                    records,
                    ladder.id,
                    "el-l-delete",
                    () => (go(null), w("ladderDeleted", { theme: ladder.theme })),
                    () => (go(ladder.id), "el-ladder-h"),
                  )
                }
              >
                {w("removeLadder")}
              </button>
            </div>
          )}

          {steps.length > 0 && (
            <section class="el-next no-print" aria-labelledby="el-next-h">
              <h3 id="el-next-h">{w("nextHeading")}</h3>
              {next ? (
                <p>
                  {next.description} <PracticeLink step={next} label={w("practiceLog")} />
                </p>
              ) : (
                <p>{w("allMastered")}</p>
              )}
            </section>
          )}

          <h3 id="el-steps-h" tabIndex={-1}>
            {w("stepsHeading")}
          </h3>
          {advice && <p class="el-advice no-print">{advice.message}</p>}
          {steps.length === 0 ? (
            <p>{w("noStepsYet")}</p>
          ) : (
            <ol class="ws-list el-steps">
              {steps.map((s, i) => (
                <li class="card el-step" key={s.id}>
                  {editing === s.id ? (
                    <>
                      <h4 id="el-edit-h" tabIndex={-1}>
                        {w("editStepHeading")}
                      </h4>
                      <StepFields
                        w={w}
                        prefix="el-edit"
                        name="el-edit-h"
                        initial={stepForm(s)}
                        label={w("saveChanges")}
                        save={(d) => {
                          const fields = stepPatch(asStep(d));
                          const saved = saveStep(s.id, ladder.id, fields);
                          setMessage(
                            w("stepSaved", {
                              step: shortLabel(fields.description),
                              ...place(saved.id),
                            }),
                          );
                          close(`el-s-${saved.id}`)();
                        }}
                        cancel={(dirty) => leave(dirty, "el-edit-cancel", close(`el-e-${s.id}`))}
                      />
                    </>
                  ) : (
                    stepCard(s, i)
                  )}
                </li>
              ))}
            </ol>
          )}
        </article>

        <section class="el-add no-print" aria-labelledby="el-add-h">
          <h3 id="el-add-h">{w("addHeading")}</h3>
          <StepFields
            w={w}
            prefix="el-new"
            name="el-add-h"
            initial={EMPTY_STEP}
            label={w("addStep")}
            save={(d) => {
              const { id } = addStep(ladder.id, stepPatch(asStep(d)));
              return w("added", { step: shortLabel(d.description), ...place(id) });
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
          <StepFacts step={s} w={w} />
          <p>{practiceSummary(practicesOf(records, s.id), w, locale)}</p>
          {s.mastered && (
            <p class="ws-badge">
              {s.masteredAt
                ? w("masteredOn", { day: formatDay(localDay(new Date(s.masteredAt)), locale) })
                : w("mastered")}
            </p>
          )}
          <ItemActions
            id={s.id}
            name={quoted(s.description)}
            records={records}
            w={w}
            questions={questions}
            edit={() => {
              setEditing(s.id);
              focusLater("el-edit-h");
            }}
            deleted={() => (setMessage(""), w("stepDeleted", { step: quoted(s.description) }))}
          >
            <MasteredBox
              step={s}
              w={w}
              say={setMessage}
              label={
                <>
                  {w("mastered")}
                  <Which name={quoted(s.description)} />
                </>
              }
            />
            <PracticeLink step={s} label={w("practiceLog")} class="button" />
          </ItemActions>
        </>
      );
    }
  }
}
