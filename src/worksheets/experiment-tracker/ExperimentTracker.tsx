import "./experiment-tracker.css";
import { formatDay, localDay } from "../../engine/core/dates";
import type { ComponentChildren } from "preact";
import { useRef, useState } from "preact/hooks";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { deleteExperiment, experimentTracker, saveExperiment } from "./store";
import type { ExperimentRecord } from "./schema";
import { draftFromTemplate, nextDraft, nextHint, templateHint } from "./templates";
import {
  draftFromRecord,
  emptyDraft,
  fieldsFromDraft,
  type ExperimentDraft,
  type RatingField,
} from "./record";
import {
  experimentStatus,
  filterExperiments,
  sortExperiments,
  type ExperimentFilter,
  type ExperimentStatus,
} from "./order";
import { beliefSummary, experimentTitle, sameDraft } from "./view";
import { formatRating, type Step } from "./labels";
import { fill } from "./text";
import { data, T } from "./data";
import { useFocusLater } from "../../engine/core/focus";
import { ExperimentForm, type FormMode } from "./Form";
import { useConfirm } from "../../engine/ui/Confirm";

/**
 * Parts the page renders as HTML. Their buttons say what they do in data-act:
 * "templates", "blank", "print" (a blank copy), "list", or a template's index.
 */
interface Props {
  /** "Start a new experiment", above the list. */
  start?: ComponentChildren;
  /** The "start from a template" screen. */
  templates?: ComponentChildren;
}

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
type Field = Step["fields"][number];

const LIST: View = { name: "list" };

const LONG_DAY: Intl.DateTimeFormatOptions = {
  weekday: "long",
  month: "long",
  day: "numeric",
  year: "numeric",
};

function badge(r: ExperimentRecord, s: ExperimentStatus) {
  const day = r.plannedDate && formatDay(r.plannedDate);
  return (
    <p class={`exp-badge exp-${s}`}>
      {s === "done"
        ? r.completedAt
          ? fill(T.doneOn, formatDay(localDay(new Date(r.completedAt))))
          : T.done
        : s === "ready"
          ? fill(T.readyFor, day!)
          : day
            ? fill(T.plannedFor, day)
            : T.noDate}
    </p>
  );
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

/** A saved answer as the record shows it; undefined when it was skipped. */
function answerOf(r: ExperimentRecord, f: Field): ComponentChildren {
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
  if (f === "plannedDate") return r.plannedDate && formatDay(r.plannedDate, "en-US", LONG_DAY);
  const v = r[f];
  return typeof v === "number" ? formatRating(f as RatingField, v) : v;
}

/** One part of a saved record, step by step, as a definition list per step. */
function recordSteps(r: ExperimentRecord, steps: readonly Step[], start: number) {
  return steps.map((s, i) => (
    <section class="exp-step" key={s.title}>
      <h4>
        {start + i}. {s.title}
      </h4>
      <dl>
        {s.fields.map((f) => (
          <div key={f}>
            <dt>{f === "predictionCameTrue" ? data.question : data.words[f].label}</dt>
            <dd>{answerOf(r, f) ?? <span class="muted">{T.notFilled}</span>}</dd>
          </div>
        ))}
      </dl>
    </section>
  ));
}

export default function ExperimentTracker({ start, templates }: Props) {
  const records = useStore(experimentTracker.$records);
  const [view, setView] = useState<View>(LIST);
  const [message, setMessage] = useState("");
  const [filter, setFilter] = useState<ExperimentFilter>("all");
  const [order, setOrder] = useState<"newest" | "oldest">("newest");
  const focusId = useFocusLater();
  const { ask, close, box } = useConfirm(focusId, "exp-confirm", {
    box: "exp-confirm",
    actions: "exp-actions",
  });
  const formKey = useRef(0);
  const today = localDay(new Date());

  const go = (v: View, text = "", focus = `exp-${v.name}-h`) => {
    // The form places focus itself (on its heading, or on "after").
    focusId(v.name === "form" ? null : focus);
    setView(v);
    setMessage(text);
    close();
  };
  const openForm = (
    mode: FormMode,
    draft: ExperimentDraft,
    extra: Partial<FormView> = {},
    text = "",
  ) => go({ name: "form", mode, draft, back: view, key: ++formKey.current, ...extra }, text);
  const recordIt = (r: ExperimentRecord) => openForm("record", draftFromRecord(r), { id: r.id });
  const planNext = (r: ExperimentRecord, text?: string) => {
    // From "save and plan a next experiment", Cancel leads to the saved one.
    openForm(
      "new",
      nextDraft(r),
      {
        hint: nextHint(r, data.next),
        back: view.name === "form" ? { name: "detail", id: r.id } : view,
      },
      text,
    );
  };

  function save(form: FormView, draft: ExperimentDraft, next: boolean) {
    const saved = saveExperiment(fieldsFromDraft(draft), form.id);
    if (next) return planNext(saved, T.savedNext);
    if (filterExperiments([saved], filter, today).length === 0) setFilter("all");
    go(
      LIST,
      saved.status === "done" ? T.savedDone : form.mode === "new" ? T.savedPlan : T.savedEdit,
      `exp-${saved.id}`,
    );
  }

  /** What a button in the page's HTML does (see Props). */
  function act(e: MouseEvent) {
    const a = (e.target as Element).closest<HTMLElement>("[data-act]")?.dataset.act;
    const t = data.templates[Number(a)];
    if (a === "templates") go({ name: "templates" });
    else if (a === "blank") openForm("new", emptyDraft());
    else if (a === "print") printAs("blank");
    else if (a === "list") go(LIST);
    else if (t) {
      const hint = templateHint(t, fill(T.fromTemplateHint, t.title), data.cautionNote);
      openForm("new", draftFromTemplate(t), { hint });
    }
  }

  let body: ComponentChildren;
  const shown = view.name === "detail" && records.find((x) => x.id === view.id);
  if (view.name === "form") {
    const form = view;
    body = (
      <ExperimentForm
        key={form.key}
        mode={form.mode}
        initial={form.draft}
        hint={form.hint}
        onSave={(d, next) => save(form, d, next)}
        onCancel={(d) => {
          const back = () => go(form.back);
          if (sameDraft(d, form.draft)) back();
          else ask(T.confirmLeave, "exp-cancel", back);
        }}
        onStatus={setMessage}
      />
    );
  } else if (view.name === "templates") {
    body = <section aria-labelledby="exp-templates-h">{templates}</section>;
  } else if (shown) {
    const r = shown;
    const s = experimentStatus(r, today);
    const title = experimentTitle(r);
    body = (
      <article class="exp-record" aria-labelledby="exp-detail-h">
        <p class="no-print">
          <button type="button" class="secondary" onClick={() => go(LIST, "", `exp-${r.id}`)}>
            {T.backToAll}
          </button>
        </p>
        <h2 id="exp-detail-h" tabIndex={-1}>
          {title}
        </h2>
        {badge(r, s)}
        <h3>{T.before}</h3>
        {recordSteps(r, data.before, 1)}
        <h3>{T.after}</h3>
        {s === "done" ? (
          recordSteps(r, data.after, data.before.length + 1)
        ) : (
          <p class="muted">{T.notRecorded}</p>
        )}
        <div class="exp-actions no-print">
          {s !== "done" && (
            <button type="button" onClick={() => recordIt(r)}>
              {T.record}
            </button>
          )}
          <button type="button" class={s === "done" ? "" : "secondary"} onClick={() => planNext(r)}>
            {T.planNext}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => openForm("edit", draftFromRecord(r), { id: r.id })}
          >
            {T.edit}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={(e) => printAs("record", e.currentTarget.closest("article"))}
          >
            {T.print}
          </button>
          <button
            type="button"
            class="secondary"
            id="exp-delete"
            onClick={() =>
              ask(
                { ...T.confirmDelete, text: fill(T.confirmDelete.text, title) },
                "exp-delete",
                () => {
                  deleteExperiment(r.id);
                  go(LIST, T.deleted);
                },
              )
            }
          >
            {T.delete}
          </button>
        </div>
      </article>
    );
  } else {
    const list = sortExperiments(filterExperiments(records, filter, today), order);
    const count = (f: ExperimentFilter) => filterExperiments(records, f, today).length;
    const ready = records.filter((r) => experimentStatus(r, today) === "ready").length;
    body = (
      <>
        {start}

        <section aria-labelledby="exp-list-h">
          <h2 id="exp-list-h" tabIndex={-1}>
            {T.listHeading}
          </h2>
          {ready > 0 && <p class="notice">{ready === 1 ? T.readyOne : fill(T.readyMany, ready)}</p>}
          {records.length === 0 ? (
            <p>{T.empty}</p>
          ) : (
            <>
              <div class="exp-controls">
                <fieldset>
                  <legend>{T.show}</legend>
                  {(["all", "planned", "done"] as const).map((f) => (
                    <label key={f}>
                      <input
                        type="radio"
                        name="exp-filter"
                        checked={filter === f}
                        onChange={() => setFilter(f)}
                      />{" "}
                      {T.filters[f]} ({count(f)})
                    </label>
                  ))}
                </fieldset>
                <div>
                  <label for="exp-sort">{T.sortBy}</label>{" "}
                  <select
                    id="exp-sort"
                    value={order}
                    onChange={(e) => setOrder(e.currentTarget.value as "newest" | "oldest")}
                  >
                    <option value="newest">{T.newest}</option>
                    <option value="oldest">{T.oldest}</option>
                  </select>
                </div>
              </div>
              {list.length === 0 ? (
                <p>{filter === "done" ? T.noneDone : T.nonePlanned}</p>
              ) : (
                <ul class="exp-list">
                  {list.map((r) => {
                    const s = experimentStatus(r, today);
                    const title = experimentTitle(r);
                    const belief = beliefSummary(r);
                    const [label, act] =
                      s === "done"
                        ? [T.planNext, () => planNext(r)]
                        : [T.record, () => recordIt(r)];
                    return (
                      <li class="card" key={r.id}>
                        <h3 id={`exp-${r.id}`} tabIndex={-1}>
                          {title}
                        </h3>
                        {badge(r, s)}
                        {belief && (
                          <p class="exp-belief">
                            <span class="muted">{T.beliefLabel}</span>
                            {belief}
                          </p>
                        )}
                        <div class="exp-actions">
                          <button type="button" aria-label={`${label}: ${title}`} onClick={act}>
                            {label}
                          </button>
                          <button
                            type="button"
                            class="secondary"
                            aria-label={`${T.open}: ${title}`}
                            onClick={() => go({ name: "detail", id: r.id })}
                          >
                            {T.open}
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
      </>
    );
  }

  return (
    <div class="exp" onClick={act}>
      <StorageNotices store={experimentTracker} />
      <p role="status" class="exp-message">
        {message}
      </p>
      {body}
      {box}
    </div>
  );
}
