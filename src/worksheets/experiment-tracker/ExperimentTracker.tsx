import "./experiment-tracker.css";
import { printPart } from "../../engine/ui/print";
import { formatDay, localDay } from "../../engine/core/dates";
import type { ComponentChildren } from "preact";
import { useRef, useState } from "preact/hooks";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { experimentTracker } from "./store";
import { deleteExperiment, saveExperiment } from "./actions";
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
import { beliefSummary, experimentTitle, formatRating, sameDraft } from "./view";
import type { Step } from "./labels";
import { data } from "./data";
import { words, type Words } from "../../engine/core/words";
import { confirmWords, type W } from "../../engine/ui/question";
import { useFocusLater } from "../../engine/core/focus";
import { ExperimentForm, type FormMode } from "./Form";
import { useConfirm } from "../../engine/core/Confirm";
import { useUndo } from "../../engine/ui/Undo";

/**
 * Parts the page renders as HTML. Their buttons say what they do in data-act:
 * "templates", "blank", "print" (a blank copy), "list", or a template's index.
 */
interface Props {
  /** "Start a new experiment", above the list. */
  start?: ComponentChildren;
  /** The "start from a template" screen. */
  templates?: ComponentChildren;
  /** The worksheet's words (words/<locale>.json), read on the server. */
  words: Words;
  locale: string;
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
/** Experiments shown at first, and added by each "Show … older". */
const PAGE = 50;

const FILTER_KEYS = { all: "filtersAll", planned: "filtersPlanned", done: "filtersDone" } as const;

function badge(r: ExperimentRecord, s: ExperimentStatus, w: W, locale: string) {
  const day = r.plannedDate && formatDay(r.plannedDate, locale);
  return (
    <p class={`ws-badge exp-${s}`}>
      {s === "done"
        ? r.completedAt
          ? w("doneOn", { day: formatDay(localDay(new Date(r.completedAt)), locale) })
          : w("done")
        : s === "ready"
          ? w("readyFor", { day: day! })
          : day
            ? w("plannedFor", { day })
            : w("noDate")}
    </p>
  );
}

/** A saved answer as the record shows it; undefined when it was skipped. */
function answerOf(r: ExperimentRecord, f: Field, w: W, locale: string): ComponentChildren {
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
  if (f === "plannedDate") return r.plannedDate && formatDay(r.plannedDate, locale);
  const v = r[f];
  return typeof v === "number" ? formatRating(f as RatingField, v, w) : v;
}

/** One part of a saved record, step by step, as a definition list per step. */
function recordSteps(
  r: ExperimentRecord,
  steps: readonly Step[],
  start: number,
  w: W,
  locale: string,
) {
  return steps.map((s, i) => (
    <section class="exp-step" key={s.title}>
      <h4>
        {start + i}. {s.title}
      </h4>
      <dl>
        {s.fields.map((f) => (
          <div key={f}>
            <dt>{f === "predictionCameTrue" ? data.question : data.words[f].label}</dt>
            <dd>{answerOf(r, f, w, locale) ?? <span class="muted">{w("notFilled")}</span>}</dd>
          </div>
        ))}
      </dl>
    </section>
  ));
}

export default function ExperimentTracker({ start, templates, words: dict, locale }: Props) {
  const w = words(dict, locale);
  const records = useStore(experimentTracker.$records);
  // A link to one experiment (?experiment=, from "See what was added") opens it.
  const [view, setView] = useState<View>(() => {
    const id = new URLSearchParams(location.search).get("experiment");
    return id ? { name: "detail", id } : LIST;
  });
  const [message, setMessage] = useState("");
  const [filter, setFilter] = useState<ExperimentFilter>("all");
  const [order, setOrder] = useState<"newest" | "oldest">("newest");
  /** How many of the list are shown: years of experiments open fast, a page at a time. */
  const [shownCount, setShownCount] = useState(PAGE);
  const focusId = useFocusLater(view.name === "detail" ? "exp-detail-h" : null);
  const { ask, close, box } = useConfirm(focusId, "exp-confirm", {
    box: "ws-confirm",
    actions: "ws-actions",
  });
  // After the confirmation, so focus on Undo wins over the list's heading.
  const [offer, undoView] = useUndo("exp-undo");
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
    if (next) return planNext(saved, w("savedNext"));
    if (filterExperiments([saved], filter, today).length === 0) setFilter("all");
    go(
      LIST,
      saved.status === "done"
        ? w("savedDone")
        : form.mode === "new"
          ? w("savedPlan")
          : w("savedEdit"),
      `exp-${saved.id}`,
    );
  }

  /** What a button in the page's HTML does (see Props). */
  function act(e: MouseEvent) {
    const a = (e.target as Element).closest<HTMLElement>("[data-act]")?.dataset.act;
    const t = data.templates[Number(a)];
    if (a === "templates") go({ name: "templates" });
    else if (a === "blank") openForm("new", emptyDraft());
    else if (a === "print") printPart("blank");
    else if (a === "list") go(LIST);
    else if (t) {
      const hint = templateHint(t, w("fromTemplateHint", { title: t.title }), data.cautionNote);
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
          else ask(confirmWords(w, "confirmLeave"), "exp-cancel", back);
        }}
        onStatus={setMessage}
        w={w}
        locale={locale}
      />
    );
  } else if (view.name === "templates") {
    body = <section aria-labelledby="exp-templates-h">{templates}</section>;
  } else if (shown) {
    const r = shown;
    const s = experimentStatus(r, today);
    const title = experimentTitle(r);
    body = (
      <article class="ws-record" aria-labelledby="exp-detail-h">
        <p class="no-print">
          <button type="button" class="secondary" onClick={() => go(LIST, "", `exp-${r.id}`)}>
            {w("backToAll")}
          </button>
        </p>
        <h2 id="exp-detail-h" tabIndex={-1}>
          {title}
        </h2>
        {badge(r, s, w, locale)}
        <h3>{w("before")}</h3>
        {recordSteps(r, data.before, 1, w, locale)}
        <h3>{w("after")}</h3>
        {s === "done" ? (
          recordSteps(r, data.after, data.before.length + 1, w, locale)
        ) : (
          <p class="muted">{w("notRecorded")}</p>
        )}
        <div class="ws-actions no-print">
          {s !== "done" && (
            <button type="button" onClick={() => recordIt(r)}>
              {w("record")}
            </button>
          )}
          <button type="button" class={s === "done" ? "" : "secondary"} onClick={() => planNext(r)}>
            {w("planNext")}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => openForm("edit", draftFromRecord(r), { id: r.id })}
          >
            {w("edit")}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={(e) => printPart("record", e.currentTarget.closest("article"))}
          >
            {w("print")}
          </button>
          <button
            type="button"
            class="secondary"
            id="exp-delete"
            onClick={() =>
              ask(confirmWords(w, "confirmDelete", { title }), "exp-delete", () => {
                const undo = deleteExperiment(r.id);
                go(LIST);
                offer(w("deleted", { title }), () =>
                  undo() ? (go({ name: "detail", id: r.id }), "exp-detail-h") : "",
                );
              })
            }
          >
            {w("delete")}
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
            {w("listHeading")}
          </h2>
          {ready > 0 && <p class="notice">{w("ready", { count: ready })}</p>}
          {records.length === 0 ? (
            <p>{w("empty")}</p>
          ) : (
            <>
              <div class="exp-controls">
                <fieldset>
                  <legend>{w("show")}</legend>
                  {(["all", "planned", "done"] as const).map((f) => (
                    <label key={f}>
                      <input
                        type="radio"
                        name="exp-filter"
                        checked={filter === f}
                        onChange={() => {
                          setFilter(f);
                          setShownCount(PAGE);
                        }}
                      />{" "}
                      {w("filterCount", { filter: w(FILTER_KEYS[f]), count: count(f) })}
                    </label>
                  ))}
                </fieldset>
                <div>
                  <label for="exp-sort">{w("sortBy")}</label>{" "}
                  <select
                    id="exp-sort"
                    value={order}
                    onChange={(e) => {
                      setOrder(e.currentTarget.value as "newest" | "oldest");
                      setShownCount(PAGE);
                    }}
                  >
                    <option value="newest">{w("newest")}</option>
                    <option value="oldest">{w("oldest")}</option>
                  </select>
                </div>
              </div>
              {list.length === 0 ? (
                <p>{filter === "done" ? w("noneDone") : w("nonePlanned")}</p>
              ) : (
                <ul class="ws-list">
                  {list.slice(0, shownCount).map((r) => {
                    const s = experimentStatus(r, today);
                    const title = experimentTitle(r);
                    const belief = beliefSummary(r);
                    const [label, act] =
                      s === "done"
                        ? [w("planNext"), () => planNext(r)]
                        : [w("record"), () => recordIt(r)];
                    return (
                      <li class="card" key={r.id}>
                        <h3 id={`exp-${r.id}`} tabIndex={-1}>
                          {title}
                        </h3>
                        {badge(r, s, w, locale)}
                        {belief && (
                          <p class="exp-belief ws-text">
                            <span class="muted">{w("beliefLabel")}</span>
                            {belief}
                          </p>
                        )}
                        <div class="ws-actions">
                          <button
                            type="button"
                            aria-label={w("labelFor", { label, title })}
                            onClick={act}
                          >
                            {label}
                          </button>
                          <button
                            type="button"
                            class="secondary"
                            aria-label={w("labelFor", { label: w("open"), title })}
                            onClick={() => go({ name: "detail", id: r.id })}
                          >
                            {w("open")}
                          </button>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              )}
              {list.length > shownCount && (
                <p>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      // Focus moves to the first newly shown experiment, so keyboard users carry on there.
                      focusId(`exp-${list[shownCount]!.id}`);
                      setShownCount(shownCount + PAGE);
                    }}
                  >
                    {w(order === "newest" ? "showOlder" : "showNewer", {
                      count: Math.min(PAGE, list.length - shownCount),
                    })}
                  </button>
                </p>
              )}
            </>
          )}
        </section>
      </>
    );
  }

  return (
    <div class="ws exp" onClick={act}>
      <StorageNotices store={experimentTracker} />
      <p role="status" class="ws-message">
        {message}
      </p>
      {undoView}
      {body}
      {box}
    </div>
  );
}
