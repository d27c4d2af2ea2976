import "./exposure-ladder.css";
import { useState } from "preact/hooks";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { useFocusLater } from "../../engine/core/focus";
import { exposureLadder } from "./store";
import type { PracticeRecord, StepRecord } from "./schema";
import { fill, practiceSeries } from "./ladder";
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
import type { PracticeWords } from "./words";
import { LineChart } from "./LineChart";
import {
  DraftForm,
  ItemActions,
  LADDERS,
  ladderHref,
  MasteredBox,
  StepFacts,
  useQuestion,
} from "./parts";

/** The page's words (a prop, so they are HTML rather than JavaScript). */
let t: PracticeWords;

const KEYS = ["before", "peak", "after"] as const;
const DAY: Intl.DateTimeFormatOptions = {
  weekday: "short",
  month: "short",
  day: "numeric",
  year: "numeric",
};
/** "Mon, Nov 2, 2026". */
const day = (d: string) => formatDay(d, "en-US", DAY);
const blank = (day: string): PracticeDraft => ({ day, before: "", peak: "", after: "", notes: "" });

/** A practice: to log one, or to edit one. */
const PracticeFields = (p: {
  prefix: string;
  name: string;
  initial: PracticeDraft;
  label: string;
  save: (d: PracticeDraft) => string | void;
  cancel?: (dirty: boolean) => void;
}) => (
  <DraftForm
    {...p}
    check={(d) => validatePracticeDraft(d, t)}
    w={t}
    fields={(field) => (
      <>
        {field("day", t.day, undefined, "date")}
        <div class="el-ratings">{KEYS.map((k) => field(k, t[k], undefined, "rating"))}</div>
        {field("notes", t.notes, t.notesHint, "area")}
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
export default function Practice(props: { t: PracticeWords }) {
  t = props.t;
  const records = useStore(exposureLadder.$records);
  const [message, setMessage] = useState("");
  const [editing, setEditing] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const { ask, leave, questionAt } = useQuestion(focusLater, t);
  const stepId = new URLSearchParams(location.search).get("step");
  const step = records.find((r): r is StepRecord => r.kind === "step" && r.id === stepId);

  if (!step) {
    return (
      <div class="el">
        <StorageNotices store={exposureLadder} />
        <p class="notice">{t.notFound}</p>
        <p>
          <a href={LADDERS}>{t.toLadders}</a>
        </p>
      </div>
    );
  }

  const ladder = records.find((r) => r.id === step.ladderId);
  const steps = stepsOf(records, step.ladderId);
  const practices = practicesOf(records, step.id);
  const series = practiceSeries(practices);
  const rated = (v: number | null) => (v === null ? t.notRated : v);

  return (
    <div class="el">
      <StorageNotices store={exposureLadder} />
      <p class="no-print">
        <a href={ladderHref(step.ladderId)}>
          {fill(t.back, ladder?.kind === "ladder" ? ladder.theme : "")}
        </a>
      </p>
      <p role="status" class="el-message">
        {message}
      </p>

      <section class="el-about" aria-labelledby="el-step-h">
        <h2 id="el-step-h">{step.description}</h2>
        <StepFacts
          step={step}
          w={t}
          lead={`${fill(t.place, stepNumber(steps, step.id), steps.length)} `}
        />
        <div class="el-field no-print">
          <MasteredBox
            step={step}
            w={t}
            say={setMessage}
            label={t.masteredLabel}
            hint="el-mastered-hint"
          />
          <p id="el-mastered-hint" class="el-hint">
            {t.masteredHint}
          </p>
        </div>
        {step.mastered && (
          <p class="print-only">
            <strong>{t.mastered}</strong>
          </p>
        )}
      </section>

      <section class="el-log no-print" aria-labelledby="el-log-h">
        <h3 id="el-log-h">{t.logHeading}</h3>
        <p class="el-hint">{t.logIntro}</p>
        <PracticeFields
          prefix="el-new"
          name="el-log-h"
          initial={blank(localDay(new Date()))}
          label={t.save}
          save={(d) => {
            exposureLadder.create({ kind: "practice", stepId: step.id, ...practicePatch(d) });
            return fill(t.saved, day(d.day.trim()));
          }}
        />
      </section>

      <section aria-labelledby="el-progress-h">
        <h3 id="el-progress-h">{t.progressHeading}</h3>
        <p class="el-summary">{progressMessage(stepProgress(step, practices), t)}</p>
        {series.length > 0 && (
          <LineChart
            id="el-chart"
            title={t.chartTitle}
            description={t.chartDescription}
            points={series}
            names={[t.beforeShort, t.peakShort, t.afterShort]}
            practice={t.practice}
            dayHeading={t.dayColumn}
            day={day}
          />
        )}
      </section>

      <section aria-labelledby="el-practices-h">
        <h3 id="el-practices-h" tabIndex={-1}>
          {t.listHeading}
        </h3>
        {series.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ul class="el-practices">
            {[...series].reverse().map((point) => {
              const p = practices.find((x) => x.id === point.id) as PracticeRecord;
              const title = fill(t.practiceN, point.n, day(p.day));
              const close = (focus: string) => () => {
                setEditing(null);
                focusLater(focus);
              };
              return (
                <li class="card" key={p.id}>
                  {editing === p.id ? (
                    <>
                      <h4 id="el-edit-h" tabIndex={-1}>
                        {fill(t.editHeading, title)}
                      </h4>
                      <PracticeFields
                        prefix="el-edit"
                        name="el-edit-h"
                        initial={draftFromPractice(p)}
                        label={t.saveChanges}
                        save={(d) => {
                          // If another tab deleted it meanwhile, keep the words as a new practice.
                          const saved =
                            exposureLadder.update(p.id, practicePatch(d)) ??
                            exposureLadder.create({
                              kind: "practice",
                              stepId: step.id,
                              ...practicePatch(d),
                            });
                          setMessage(t.edited);
                          close(`el-p-${saved.id}`)();
                        }}
                        cancel={(dirty) =>
                          leave(dirty, "el-edit-cancel", p.id, close(`el-e-${p.id}`))
                        }
                      />
                    </>
                  ) : (
                    <>
                      <h4 id={`el-p-${p.id}`} tabIndex={-1}>
                        {title}
                      </h4>
                      <p>
                        {fill(
                          t.ratings,
                          rated(point.before),
                          rated(point.peak),
                          rated(point.after),
                        )}
                      </p>
                      {p.notes && <p class="el-notes">{p.notes}</p>}
                      <ItemActions
                        id={p.id}
                        name={title}
                        records={records}
                        w={t}
                        ask={ask}
                        edit={() => {
                          setEditing(p.id);
                          focusLater("el-edit-h");
                        }}
                        deleted={() => {
                          setMessage(t.deleted);
                          focusLater("el-practices-h");
                        }}
                      />
                    </>
                  )}
                  {questionAt(p.id)}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
