import "./experiment-tracker.css";
import { useStore } from "../shared/use-store";
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { experimentTracker } from "../../stores/experiment-tracker";
import type { ExperimentRecord } from "../../schemas/stored/experiment-tracker";
import { StorageNotices } from "../shared/StorageNotices";
import { BarChart } from "../shared/BarChart";
import { downloadText } from "../shared/download";
import { buildExport, exportFileName } from "../../lib/storage/export";
import { formatDay, localDay } from "../../lib/dates";
import { draftFromPrevious, draftFromTemplate } from "../../lib/experiment-tracker/templates";
import {
  draftFromRecord,
  emptyDraft,
  experimentStatus,
  filterExperiments,
  RATING_FIELDS,
  sortExperiments,
  STATUS_LABELS,
  type ExperimentDraft,
  type ExperimentFilter,
  type ExperimentStatus,
} from "../../lib/experiment-tracker/record";
import { computeInsights, insightSentence } from "../../lib/experiment-tracker/insights";
import {
  chartData,
  contentFromDraft,
  doneWithoutRatings,
  beliefSummary,
  experimentTitle,
  replacingPatch,
  sameDraft,
} from "../../lib/experiment-tracker/view";
import { formatRating, type Step } from "../../lib/experiment-tracker/labels";
import { data } from "./data";
import { ExperimentForm, type FormMode } from "./Form";

type View =
  | { name: "list" }
  | { name: "templates" }
  | { name: "detail"; id: string }
  | {
      name: "form";
      mode: FormMode;
      id?: string;
      draft: ExperimentDraft;
      hint?: string;
      back: View;
      key: number;
    };
type FormView = Extract<View, { name: "form" }>;

interface Confirm {
  title: string;
  text: string;
  yes: string;
  no: string;
  run: () => void;
  /** Where focus goes back to on "no". */
  returnTo: string;
}

const HEADING: Record<View["name"], string> = {
  list: "exp-list-h",
  templates: "exp-templates-h",
  detail: "exp-detail-h",
  form: "exp-form-h",
};

const isRating = (f: string): f is (typeof RATING_FIELDS)[number] =>
  (RATING_FIELDS as readonly string[]).includes(f);

const longDay = (day: string) =>
  formatDay(day, "en-US", { weekday: "long", month: "long", day: "numeric", year: "numeric" });

function statusText(r: ExperimentRecord, s: ExperimentStatus): string {
  if (s === "done") {
    return r.completedAt ? `Done on ${formatDay(localDay(new Date(r.completedAt)))}` : "Done";
  }
  const day = r.plannedDate && formatDay(r.plannedDate);
  if (s === "ready") return `${STATUS_LABELS.ready} (planned for ${day})`;
  return day ? `Planned for ${day}` : "Planned, no date set";
}

/** Prints one filled-in record, or the blank paper copy, and nothing else. */
function printAs(kind: "record" | "blank", el?: Element | null) {
  const root = document.documentElement;
  root.dataset.print = kind;
  el?.classList.add("print-this");
  const done = () => {
    delete root.dataset.print;
    el?.classList.remove("print-this");
    removeEventListener("afterprint", done);
  };
  addEventListener("afterprint", done);
  window.print();
}

function exportMine() {
  const now = new Date();
  downloadText(
    exportFileName(now, "experiment-tracker"),
    JSON.stringify(
      buildExport({ "experiment-tracker": experimentTracker.$value.get() }, now),
      null,
      2,
    ),
  );
}

/** Asks before anything is lost; focus moves to it, and Escape means no. */
function ConfirmPanel({ c, onDone }: { c: Confirm; onDone: (yes: boolean) => void }) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div
      class="card exp-confirm"
      role="alertdialog"
      aria-labelledby="exp-confirm-h"
      aria-describedby="exp-confirm-text"
      onKeyDown={(e) => e.key === "Escape" && onDone(false)}
    >
      <h3 id="exp-confirm-h">{c.title}</h3>
      <p id="exp-confirm-text">{c.text}</p>
      <div class="exp-actions">
        <button type="button" ref={yes} onClick={() => onDone(true)}>
          {c.yes}
        </button>
        <button type="button" class="secondary" onClick={() => onDone(false)}>
          {c.no}
        </button>
      </div>
    </div>
  );
}

function RecordSteps({
  r,
  steps,
  start,
}: {
  r: ExperimentRecord;
  steps: readonly Step[];
  start: number;
}) {
  const value = (f: Step["fields"][number]): ComponentChildren => {
    if (f === "ritualsToDrop") {
      return r.ritualsToDrop?.length ? (
        <ul>
          {r.ritualsToDrop.map((x, i) => (
            <li key={i}>{x}</li>
          ))}
        </ul>
      ) : undefined;
    }
    if (f === "predictionCameTrue") {
      return data.answers.find((a) => a.value === r.predictionCameTrue)?.label;
    }
    if (f === "plannedDate") return r.plannedDate && longDay(r.plannedDate);
    if (isRating(f)) return r[f] === undefined ? undefined : formatRating(f, r[f]);
    return r[f];
  };
  return (
    <>
      {steps.map((s, i) => (
        <section class="exp-step" key={s.title}>
          <h4>
            {start + i}. {s.title}
          </h4>
          <dl>
            {s.fields.map((f) => {
              const v = value(f);
              return (
                <div key={f}>
                  <dt>{f === "predictionCameTrue" ? data.question : data.words[f].label}</dt>
                  <dd>{v ?? <span class="muted">Not filled in</span>}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}

export default function ExperimentTracker() {
  const records = useStore(experimentTracker.$records);
  const [view, setView] = useState<View>({ name: "list" });
  const [message, setMessage] = useState("");
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [filter, setFilter] = useState<ExperimentFilter>("all");
  const [order, setOrder] = useState<"newest" | "oldest">("newest");
  const focusId = useRef<string | null>(null);
  const detailRef = useRef<HTMLElement>(null);
  const formKey = useRef(0);
  const today = localDay(new Date());

  useEffect(() => {
    if (focusId.current) document.getElementById(focusId.current)?.focus();
    focusId.current = null;
  });

  const go = (v: View, text = "", focus = HEADING[v.name]) => {
    // The form places focus itself (on its heading, or on "after").
    focusId.current = v.name === "form" ? null : focus;
    setView(v);
    setMessage(text);
    setConfirm(null);
  };
  const openForm = (mode: FormMode, draft: ExperimentDraft, extra: Partial<FormView> = {}) =>
    go({ name: "form", mode, draft, back: view, key: ++formKey.current, ...extra });
  const planNext = (r: ExperimentRecord, text = "") => {
    const next = draftFromPrevious(r);
    go(
      {
        name: "form",
        mode: "new",
        draft: next.draft,
        hint: next.hint,
        // From "save and plan a next experiment", Cancel leads to the saved one.
        back: view.name === "form" ? { name: "detail", id: r.id } : view,
        key: ++formKey.current,
      },
      text,
    );
  };

  function save(form: FormView, draft: ExperimentDraft, next: boolean) {
    const existing = form.id ? records.find((r) => r.id === form.id) : undefined;
    const content = contentFromDraft(draft, existing, new Date());
    // If another tab deleted it meanwhile, keep the person's words as a new one.
    const saved =
      (existing && experimentTracker.update(existing.id, replacingPatch(existing, content))) ||
      experimentTracker.create(content);
    if (next) return planNext(saved, "Saved. Now plan your next experiment.");
    if (filterExperiments([saved], filter, today).length === 0) setFilter("all");
    go(
      { name: "list" },
      saved.status === "done"
        ? "Saved. Thank you for taking the time to write down what happened."
        : form.mode === "new"
          ? "Saved your plan. After you've tried it, come back and choose “Record what happened”."
          : "Saved your changes.",
      `exp-${saved.id}`,
    );
  }

  function cancel(form: FormView, draft: ExperimentDraft) {
    const back = () => go(form.back);
    if (sameDraft(draft, form.draft)) return back();
    setConfirm({
      title: "Leave without saving?",
      text: "The changes you made here will be lost.",
      yes: "Leave without saving",
      no: "Keep editing",
      run: back,
      returnTo: "exp-cancel",
    });
  }

  let body: ComponentChildren;
  if (view.name === "form") {
    const form = view;
    body = (
      <ExperimentForm
        key={form.key}
        mode={form.mode}
        initial={form.draft}
        hint={form.hint}
        onSave={(d, next) => save(form, d, next)}
        onCancel={(d) => cancel(form, d)}
        onStatus={setMessage}
      />
    );
  } else if (view.name === "templates") {
    body = (
      <section aria-labelledby="exp-templates-h">
        <p>
          <button type="button" class="secondary" onClick={() => go({ name: "list" })}>
            Back to my experiments
          </button>
        </p>
        <h2 id="exp-templates-h" tabIndex={-1}>
          Start from a template
        </h2>
        <p>
          Each template fills in a belief, an experiment and the rituals to drop. Pick one that's
          close to your life, then change any words so it fits you.
        </p>
        <ul class="card-grid exp-templates">
          {data.templates.map((t) => (
            <li class="card" key={t.id}>
              <h3>{t.title}</h3>
              <p>{t.experiment}</p>
              <button
                type="button"
                aria-label={`Use this: ${t.title}`}
                onClick={() =>
                  openForm("new", draftFromTemplate(t), {
                    hint: `Filled in from “${t.title}”. Change anything so it fits you.`,
                  })
                }
              >
                Use this
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  } else if (view.name === "detail" && records.some((r) => r.id === view.id)) {
    const r = records.find((x) => x.id === view.id)!;
    const s = experimentStatus(r, today);
    body = (
      <article class="exp-record" aria-labelledby="exp-detail-h" ref={detailRef}>
        <p class="no-print">
          <button
            type="button"
            class="secondary"
            onClick={() => go({ name: "list" }, "", `exp-${r.id}`)}
          >
            Back to all experiments
          </button>
        </p>
        <h2 id="exp-detail-h" tabIndex={-1}>
          {experimentTitle(r)}
        </h2>
        <p class={`exp-badge exp-${s}`}>{statusText(r, s)}</p>
        <h3>Before the experiment</h3>
        <RecordSteps r={r} steps={data.before} start={1} />
        <h3>After the experiment</h3>
        {s === "done" ? (
          <RecordSteps r={r} steps={data.after} start={data.before.length + 1} />
        ) : (
          <p class="muted">
            Not recorded yet. After you've tried it, choose “Record what happened”.
          </p>
        )}
        <div class="exp-actions no-print">
          {s !== "done" && (
            <button
              type="button"
              onClick={() => openForm("record", draftFromRecord(r), { id: r.id })}
            >
              Record what happened
            </button>
          )}
          <button type="button" class={s === "done" ? "" : "secondary"} onClick={() => planNext(r)}>
            Plan a next experiment
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => openForm("edit", draftFromRecord(r), { id: r.id })}
          >
            Edit
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => printAs("record", detailRef.current)}
          >
            Print this record
          </button>
          <button
            type="button"
            class="secondary"
            id="exp-delete"
            onClick={() =>
              setConfirm({
                title: "Delete this experiment?",
                text: `“${experimentTitle(r)}” and everything written in it will be deleted from this device. This can't be undone.`,
                yes: "Yes, delete it",
                no: "Keep it",
                run: () => {
                  experimentTracker.remove(r.id);
                  go({ name: "list" }, "The experiment was deleted.");
                },
                returnTo: "exp-delete",
              })
            }
          >
            Delete
          </button>
        </div>
      </article>
    );
  } else {
    const shown = sortExperiments(filterExperiments(records, filter, today), order);
    const count = (f: ExperimentFilter) => filterExperiments(records, f, today).length;
    const { points, summary } = computeInsights(records);
    const chart = chartData(points);
    const missing = doneWithoutRatings(records);
    const ready = records.filter((r) => experimentStatus(r, today) === "ready").length;
    body = (
      <>
        <section aria-labelledby="exp-start-h">
          <h2 id="exp-start-h">Start a new experiment</h2>
          <div class="exp-actions">
            <button type="button" onClick={() => go({ name: "templates" })}>
              Start from a template
            </button>
            <button type="button" class="secondary" onClick={() => openForm("new", emptyDraft())}>
              Start blank
            </button>
            <button type="button" class="secondary" onClick={() => printAs("blank")}>
              Print a blank copy
            </button>
          </div>
        </section>

        <section aria-labelledby="exp-list-h">
          <h2 id="exp-list-h" tabIndex={-1}>
            Your experiments
          </h2>
          {ready > 0 && (
            <p class="notice">
              {ready === 1 ? "1 experiment is" : `${ready} experiments are`} ready for you to record
              what happened.
            </p>
          )}
          {records.length === 0 ? (
            <p>
              No experiments yet. A template is the quickest way to begin: it fills in a common
              belief and a small, safe way to test it.
            </p>
          ) : (
            <>
              <div class="exp-controls">
                <fieldset>
                  <legend>Show</legend>
                  {(["all", "planned", "done"] as const).map((f) => (
                    <label key={f}>
                      <input
                        type="radio"
                        name="exp-filter"
                        checked={filter === f}
                        onChange={() => setFilter(f)}
                      />{" "}
                      {f === "all" ? "All" : f === "planned" ? "Planned" : "Done"} ({count(f)})
                    </label>
                  ))}
                </fieldset>
                <div>
                  <label for="exp-sort">Sort by date</label>{" "}
                  <select
                    id="exp-sort"
                    value={order}
                    onChange={(e) => setOrder(e.currentTarget.value as "newest" | "oldest")}
                  >
                    <option value="newest">Newest first</option>
                    <option value="oldest">Oldest first</option>
                  </select>
                </div>
              </div>
              {shown.length === 0 ? (
                <p>
                  {filter === "done"
                    ? "None done yet. When you record what happened, the experiment moves here."
                    : "Nothing planned right now. Start a new experiment whenever you're ready."}
                </p>
              ) : (
                <ul class="exp-list">
                  {shown.map((r) => {
                    const s = experimentStatus(r, today);
                    const title = experimentTitle(r);
                    return (
                      <li class="card" key={r.id}>
                        <h3 id={`exp-${r.id}`} tabIndex={-1}>
                          {title}
                        </h3>
                        <p class={`exp-badge exp-${s}`}>{statusText(r, s)}</p>
                        {beliefSummary(r) && (
                          <p class="exp-belief">
                            <span class="muted">Belief: </span>
                            {beliefSummary(r)}
                          </p>
                        )}
                        <div class="exp-actions">
                          {s === "done" ? (
                            <button
                              type="button"
                              aria-label={`Plan a next experiment: ${title}`}
                              onClick={() => planNext(r)}
                            >
                              Plan a next experiment
                            </button>
                          ) : (
                            <button
                              type="button"
                              aria-label={`Record what happened: ${title}`}
                              onClick={() => openForm("record", draftFromRecord(r), { id: r.id })}
                            >
                              Record what happened
                            </button>
                          )}
                          <button
                            type="button"
                            class="secondary"
                            aria-label={`Open: ${title}`}
                            onClick={() => go({ name: "detail", id: r.id })}
                          >
                            Open
                          </button>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              )}
            </>
          )}
        </section>

        <section aria-labelledby="exp-insights-h">
          <h2 id="exp-insights-h">What your experiments show</h2>
          <p class="exp-summary">{insightSentence(summary)}</p>
          {missing > 0 && (
            <p class="muted">
              {missing === 1
                ? "1 finished experiment isn't"
                : `${missing} finished experiments aren't`}{" "}
              counted here because a belief rating before or after is missing. You can add it with
              “Edit”.
            </p>
          )}
          {points.length > 0 && (
            <BarChart
              id="exp-chart"
              title="Belief before and after each experiment"
              description="How strongly you held the belief (0–100%) before and after each finished experiment, oldest first."
              categories={chart.categories}
              series={[
                { name: "Before", values: chart.before, tone: 1 },
                { name: "After", values: chart.after, tone: 3 },
              ]}
              max={100}
              format={(v) => `${v}%`}
              orientation="horizontal"
              categoryLabel="Experiment"
            />
          )}
        </section>
      </>
    );
  }

  return (
    <div class="exp">
      <StorageNotices worksheet="experiment-tracker" onExport={exportMine} />
      <p role="status" class="exp-message">
        {message}
      </p>
      {body}
      {confirm && (
        <ConfirmPanel
          c={confirm}
          onDone={(yes) => {
            setConfirm(null);
            if (yes) confirm.run();
            else focusId.current = confirm.returnTo;
          }}
        />
      )}
    </div>
  );
}
