import "./exposure-ladder.css";
import { useState } from "preact/hooks";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { useFocusLater } from "../../engine/core/focus";
import { exposureLadder } from "./store";
import { logPractice, savePractice } from "./actions";
import { words, type Words } from "../../engine/core/words";
import type { PracticeRecord, StepRecord } from "./schema";
import { practiceSeries, type Say } from "./ladder";
import {
  draftFromPractice,
  practicePatch,
  progressMessage,
  stepProgress,
  validatePracticeDraft,
  type PracticeDraft,
} from "./practice";
import { practicesOf, stepNumber, stepsOf } from "./view";
import { formatDay, localDay } from "../../engine/core/dates";
import { LineChart } from "./LineChart";
import {
  DraftForm,
  ItemActions,
  LADDERS,
  ladderHref,
  MasteredBox,
  PAGE,
  ShowOlder,
  StepFacts,
  useQuestions,
} from "./parts";

const KEYS = ["before", "peak", "after"] as const;
const blank = (day: string): PracticeDraft => ({ day, before: "", peak: "", after: "", notes: "" });

/** A practice: to log one, or to edit one. */
const PracticeFields = (p: {
  w: Say;
  prefix: string;
  name: string;
  initial: PracticeDraft;
  label: string;
  save: (d: PracticeDraft) => string | void;
  cancel?: (dirty: boolean) => void;
}) => (
  <DraftForm
    {...p}
    check={(d) => validatePracticeDraft(d, p.w)}
    fields={(field) => (
      <>
        {field("day", p.w("day"), undefined, "date")}
        <div class="el-ratings">{KEYS.map((k) => field(k, p.w(k), undefined, "rating"))}</div>
        {field("notes", p.w("practiceNotes"), p.w("practiceNotesHint"), "area")}
      </>
    )}
  />
);

/**
 * One step's page: the step and what to drop, a form to log a practice
 * (day, distress before, at its highest and after, notes), a chart of the
 * distress across practices with its table, and the practices to edit or
 * delete. The step comes from ?step=<id>.
 */
export default function Practice(props: { words: Words; locale: string }) {
  const { locale } = props;
  const w = words(props.words, locale);
  /** "Mon, Nov 2, 2026". */
  const day = (d: string) => formatDay(d, locale);
  const records = useStore(exposureLadder.$records);
  const [message, setMessage] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const questions = useQuestions(focusLater, w, locale);
  const { leave } = questions;
  const [shown, setShown] = useState(PAGE);
  const stepId = new URLSearchParams(location.search).get("step");
  const step = records.find((r): r is StepRecord => r.kind === "step" && r.id === stepId);

  if (!step) {
    return (
      <div class="ws el">
        <StorageNotices store={exposureLadder} />
        <p class="notice">{w("stepNotFound")}</p>
        <p>
          <a href={LADDERS}>{w("toLadders")}</a>
        </p>
      </div>
    );
  }

  const ladder = records.find((r) => r.id === step.ladderId);
  const steps = stepsOf(records, step.ladderId);
  const practices = practicesOf(records, step.id);
  const series = practiceSeries(practices);
  const byId = new Map(practices.map((p) => [p.id, p]));
  const rated = (v: number | null) => (v === null ? w("notRated") : v);

  return (
    <div class="ws el">
      <StorageNotices store={exposureLadder} />
      <p class="no-print">
        <a href={ladderHref(step.ladderId)}>
          {w("back", { theme: ladder?.kind === "ladder" ? ladder.theme : "" })}
        </a>
      </p>
      <p role="status" class="ws-message">
        {message}
      </p>
      {questions.undoView}

      <section class="el-about" aria-labelledby="el-step-h">
        <h2 id="el-step-h">{step.description}</h2>
        <StepFacts
          step={step}
          w={w}
          lead={`${w("place", { place: stepNumber(steps, step.id), of: steps.length })} `}
        />
        <div class="ws-field no-print">
          <MasteredBox
            step={step}
            w={w}
            say={setMessage}
            label={w("masteredLabel")}
            hint="el-mastered-hint"
          />
          <p id="el-mastered-hint" class="ws-hint">
            {w("masteredHint")}
          </p>
        </div>
        {step.mastered && (
          <p class="print-only">
            <strong>{w("mastered")}</strong>
          </p>
        )}
      </section>

      <section class="el-log no-print" aria-labelledby="el-log-h">
        <h3 id="el-log-h">{w("logHeading")}</h3>
        <p class="ws-hint">{w("logIntro")}</p>
        <PracticeFields
          w={w}
          prefix="el-new"
          name="el-log-h"
          initial={blank(localDay(new Date()))}
          label={w("save")}
          save={(d) => {
            logPractice(step.id, practicePatch(d));
            return w("saved", { day: day(d.day.trim()) });
          }}
        />
      </section>

      <section aria-labelledby="el-progress-h">
        <h3 id="el-progress-h">{w("progressHeading")}</h3>
        <p class="el-summary">{progressMessage(stepProgress(step, practices), w)}</p>
        {series.length > 0 && (
          <LineChart
            id="el-chart"
            title={w("chartTitle")}
            description={w("chartDescription")}
            points={series}
            names={[w("beforeShort"), w("peakShort"), w("afterShort")]}
            practice={w("practice")}
            dayHeading={w("dayColumn")}
            day={day}
          />
        )}
      </section>

      <section aria-labelledby="el-practices-h">
        <h3 id="el-practices-h" tabIndex={-1}>
          {w("practicesHeading")}
        </h3>
        {series.length === 0 ? (
          <p>{w("none")}</p>
        ) : (
          <ul class="ws-list el-practices">
            {series
              .slice(-shown)
              .reverse()
              .map((point) => {
                const p = byId.get(point.id) as PracticeRecord;
                const title = w("practiceN", { n: point.n, day: day(p.day) });
                const close = (focus: string) => () => {
                  setEditing(null);
                  focusLater(focus);
                };
                return (
                  <li class="card" key={p.id}>
                    {editing === p.id ? (
                      <>
                        <h4 id="el-edit-h" tabIndex={-1}>
                          {w("editPracticeHeading", { title })}
                        </h4>
                        <PracticeFields
                          w={w}
                          prefix="el-edit"
                          name="el-edit-h"
                          initial={draftFromPractice(p)}
                          label={w("saveChanges")}
                          save={(d) => {
                            const saved = savePractice(p.id, step.id, practicePatch(d));
                            setMessage(w("edited"));
                            close(`el-p-${saved.id}`)();
                          }}
                          cancel={(dirty) => leave(dirty, "el-edit-cancel", close(`el-e-${p.id}`))}
                        />
                      </>
                    ) : (
                      <>
                        <h4 id={`el-p-${p.id}`} tabIndex={-1}>
                          {title}
                        </h4>
                        <p>
                          {w("ratings", {
                            before: rated(point.before),
                            peak: rated(point.peak),
                            after: rated(point.after),
                          })}
                        </p>
                        {p.notes && <p class="el-notes ws-text">{p.notes}</p>}
                        <ItemActions
                          id={p.id}
                          name={title}
                          records={records}
                          w={w}
                          questions={questions}
                          edit={() => {
                            setEditing(p.id);
                            focusLater("el-edit-h");
                          }}
                          deleted={() => (setMessage(""), w("deleted", { title }))}
                        />
                      </>
                    )}
                  </li>
                );
              })}
          </ul>
        )}
        <ShowOlder
          hidden={series.length - shown}
          label={(count) => w("showOlderPractices", { count })}
          more={() => {
            if (series.length - shown <= PAGE) focusLater("el-practices-h");
            setShown(shown + PAGE);
          }}
        />
      </section>
      {questions.box}
    </div>
  );
}
