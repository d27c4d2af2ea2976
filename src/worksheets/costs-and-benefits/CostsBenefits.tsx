import "./costs-and-benefits.css";
import type { ComponentChildren, TargetedSubmitEvent } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { formatDay, localDay } from "../../engine/core/dates";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { words, type Words } from "../../engine/core/words";
import { useFocusLater } from "../../engine/core/focus";
import { useConfirm } from "../../engine/core/Confirm";
import { confirmWords, type W } from "../../engine/ui/question";
import { useUndo } from "../../engine/ui/Undo";
import { TEXT_MAX } from "../../engine/storage/record";
import { costsAndBenefits as store } from "./store";
import { deleteEntry, saveEntry } from "./actions";
import { BOXES, type CostsEntry } from "./schema";
import {
  draftFromEntry,
  emptyEntry,
  entryFromDraft,
  entryName,
  isUnwrittenHomework,
  sameDraft,
  sortNewest,
  validateEntry,
  type EntryDraft,
  type EntryErrors,
  type FieldId,
} from "./entry";

interface Props {
  /** The worksheet's words (words/en.json) and the page's locale. */
  words: Words;
  locale: string;
  /** "Weigh up a change", above the list, as page HTML; its buttons say what they do in data-act ("new"). */
  start?: ComponentChildren;
  /** The prompt about the fear of "losing my edge", as page HTML (it cites its sources). */
  edge?: ComponentChildren;
}

type View =
  | { name: "list" }
  | { name: "detail"; id: string }
  | { name: "form"; id?: string; draft: EntryDraft; back: View; key: number };

const LIST: View = { name: "list" };
/** Entries a list shows at first, and how many more "Show older" reveals. */
const PAGE = 50;

/** The four boxes of the grid, each a labeled section: two columns on a wide screen, one after another on a phone. */
const Grid = (props: { children: (f: (typeof BOXES)[number]) => ComponentChildren }) => (
  <div class="cb-grid">
    {BOXES.map((f) => (
      <div key={f} class={`cb-box cb-${f}`}>
        {props.children(f)}
      </div>
    ))}
  </div>
);

function EntryForm(props: {
  mode: "new" | "edit";
  initial: EntryDraft;
  w: W;
  edge?: ComponentChildren;
  onSave: (d: EntryDraft) => void;
  onCancel: (d: EntryDraft) => void;
  onStatus: (text: string) => void;
}) {
  const { initial, w } = props;
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<EntryErrors>({});
  const focusNext = useFocusLater("cb-form-h");

  // Ask before the page is closed or reloaded with unsaved words.
  useEffect(() => {
    if (sameDraft(draft, initial)) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [draft]);

  const set = (f: keyof EntryDraft, value: string) => {
    const d = { ...draft, [f]: value };
    setDraft(d);
    if (Object.keys(errors).length) setErrors(validateEntry(d, w));
  };

  function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const found = validateEntry(draft, w);
    setErrors(found);
    const bad = Object.keys(found);
    if (bad.length === 0) return props.onSave(draft);
    focusNext(`cb-f-${bad[0] === "entry" ? "topic" : bad[0]}`);
    props.onStatus(w("fix", { count: bad.length }));
  }

  const field = (f: FieldId, rows = 3) => {
    const id = `cb-f-${f}`;
    const error = errors[f];
    const left = TEXT_MAX - draft[f].length;
    const described = [`${id}-hint`, error && `${id}-err`, left < 200 && `${id}-count`];
    return (
      <div class="ws-field">
        <label for={id}>{w(f)}</label>
        <p id={`${id}-hint`} class="ws-hint">
          {w(`${f}Hint`)}
        </p>
        {error && (
          <p id={`${id}-err`} class="field-error">
            {error}
          </p>
        )}
        <textarea
          id={id}
          rows={rows}
          value={draft[f]}
          aria-invalid={error || errors.entry ? "true" : undefined}
          aria-describedby={described.filter(Boolean).join(" ")}
          onInput={(e) => set(f, e.currentTarget.value)}
        />
        {left < 200 && (
          <p id={`${id}-count`} class={left < 0 ? "ws-counter ws-over" : "ws-counter"}>
            {left < 0 ? w("over", { count: -left }) : w("left", { count: left })}
          </p>
        )}
      </div>
    );
  };

  return (
    <form class="cb-form" noValidate onSubmit={submit} aria-labelledby="cb-form-h">
      <h2 id="cb-form-h" tabIndex={-1}>
        {w(props.mode === "new" ? "newH" : "editH")}
      </h2>
      <p class="ws-hint">{w("formIntro")}</p>
      {initial.therapistNote && (
        <p class="notice">
          <strong>{w("therapistNote")}:</strong> {initial.therapistNote}
        </p>
      )}
      {errors.entry && (
        <p id="cb-entry-err" class="field-error" role="alert">
          {errors.entry}
        </p>
      )}
      <div class="ws-field">
        <label for="cb-f-day">{w("date")}</label>
        {errors.day && (
          <p id="cb-f-day-err" class="field-error">
            {errors.day}
          </p>
        )}
        <input
          id="cb-f-day"
          type="date"
          value={draft.day}
          aria-invalid={errors.day ? "true" : undefined}
          aria-describedby={errors.day && "cb-f-day-err"}
          onInput={(e) => set("day", e.currentTarget.value)}
        />
      </div>
      {field("topic", 2)}
      <fieldset>
        <legend>{w("gridLegend")}</legend>
        <p class="ws-hint">{w("gridHint")}</p>
        <Grid>{(f) => field(f, 4)}</Grid>
      </fieldset>
      <div class="cb-edge">{props.edge}</div>
      {field("edge")}
      {field("decision", 2)}
      <div class="ws-actions">
        <button type="submit">{w("save")}</button>
        <button
          type="button"
          class="secondary"
          id="cb-cancel"
          onClick={() => props.onCancel(draft)}
        >
          {w("cancel")}
        </button>
      </div>
    </form>
  );
}

export default function CostsBenefits({ words: dict, locale, start, edge }: Props) {
  const w = words(dict, locale);
  const records = useStore(store.$records);
  const [view, setView] = useState<View>(LIST);
  const [message, setMessage] = useState("");
  const [limit, setLimit] = useState(PAGE);
  const focusId = useFocusLater();
  const { ask, close, box } = useConfirm(focusId, "cb-confirm", {
    box: "ws-confirm no-print",
    actions: "ws-actions",
  });
  // After the confirmation, so focus on Undo wins over the list's heading.
  const [offer, undoView] = useUndo("cb-undo");
  const formKey = useRef(0);

  const go = (v: View, text = "", focus = `cb-${v.name}-h`) => {
    // The form places focus itself, on its heading.
    focusId(v.name === "form" ? null : focus);
    setView(v);
    setMessage(text);
    close();
  };
  const openForm = (draft: EntryDraft, id?: string) =>
    go({ name: "form", id, draft, back: view, key: ++formKey.current });
  const name = (e: CostsEntry) => e.topic.trim() || entryName(e) || w("untitled");
  const day = (e: CostsEntry) => formatDay(e.day, locale);

  /** What a button in the page's HTML does (see Props). */
  function act(e: MouseEvent) {
    const a = (e.target as Element).closest<HTMLElement>("[data-act]")?.dataset.act;
    if (a === "new") openForm(emptyEntry(localDay(new Date())));
  }

  const answer = (e: CostsEntry, f: FieldId | "therapistNote") => (
    <>
      <h3>{w(f)}</h3>
      <p class="ws-text">{e[f] || <span class="muted">{w("notFilled")}</span>}</p>
    </>
  );

  let body: ComponentChildren;
  const entry = view.name === "detail" && records.find((x) => x.id === view.id);
  if (view.name === "form") {
    const form = view;
    body = (
      <EntryForm
        key={form.key}
        mode={form.id ? "edit" : "new"}
        initial={form.draft}
        w={w}
        edge={edge}
        onSave={(d) => {
          const saved = saveEntry(form.id, entryFromDraft(d));
          go(LIST, w(form.id ? "savedEdit" : "savedNew"), `cb-${saved.id}`);
        }}
        onCancel={(d) => {
          const leave = () =>
            go(form.back, "", form.back.name === "list" && form.id ? `cb-${form.id}` : undefined);
          if (sameDraft(d, form.draft)) leave();
          else ask(confirmWords(w, "leave"), "cb-cancel", leave);
        }}
        onStatus={setMessage}
      />
    );
  } else if (entry) {
    const e = entry;
    const n = name(e);
    body = (
      <article class="cb-entry" aria-labelledby="cb-detail-h">
        <p class="no-print">
          <button type="button" class="secondary" onClick={() => go(LIST, "", `cb-${e.id}`)}>
            {w("backToAll")}
          </button>
        </p>
        <h2 id="cb-detail-h" tabIndex={-1}>
          {n}
        </h2>
        <p>{formatDay(e.day, locale, true)}</p>
        {e.homeworkId && <p class="ws-badge">{w("homework")}</p>}
        {e.therapistNote && answer(e, "therapistNote")}
        {answer(e, "topic")}
        <Grid>{(f) => answer(e, f)}</Grid>
        {answer(e, "edge")}
        {answer(e, "decision")}
        <div class="ws-actions no-print">
          <button type="button" onClick={() => openForm(draftFromEntry(e), e.id)}>
            {w("edit")}
          </button>
          <button type="button" class="secondary" onClick={() => print()}>
            {w("print")}
          </button>
          <button
            type="button"
            class="secondary"
            id="cb-delete"
            onClick={() =>
              ask(confirmWords(w, "delete", { name: n }), "cb-delete", () => {
                const undo = deleteEntry(e.id);
                go(LIST);
                offer(w("deleted", { name: n }), () =>
                  undo() ? (go({ name: "detail", id: e.id }), "cb-detail-h") : "",
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
    const all = sortNewest(records);
    body = (
      <>
        {start}
        <section aria-labelledby="cb-list-h">
          <h2 id="cb-list-h" tabIndex={-1}>
            {w("listH")}
          </h2>
          {all.length === 0 ? (
            <p>{w("empty")}</p>
          ) : (
            <>
              <p>{w("count", { count: all.length })}</p>
              <ul class="ws-list">
                {all.slice(0, limit).map((e) => {
                  const todo = isUnwrittenHomework(e);
                  const vars = { name: name(e), day: day(e) };
                  return (
                    <li class="card" key={e.id}>
                      <h3 id={`cb-${e.id}`} tabIndex={-1}>
                        {vars.name}
                      </h3>
                      <p class="muted">{vars.day}</p>
                      {e.homeworkId && (
                        <p class="ws-badge">{w(todo ? "homeworkTodo" : "homework")}</p>
                      )}
                      {e.decision && <p class="ws-text">{e.decision}</p>}
                      <button
                        type="button"
                        class={todo ? "" : "secondary"}
                        aria-label={w(todo ? "writeLabel" : "openLabel", vars)}
                        onClick={() =>
                          todo
                            ? openForm(draftFromEntry(e), e.id)
                            : go({ name: "detail", id: e.id })
                        }
                      >
                        {w(todo ? "writeIt" : "open")}
                      </button>
                    </li>
                  );
                })}
              </ul>
              {all.length > limit && (
                <p>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      focusId(`cb-${all[limit]!.id}`);
                      setLimit(limit + PAGE);
                    }}
                  >
                    {w("showOlder", { count: Math.min(PAGE, all.length - limit) })}
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
    <div class="ws cb" onClick={act}>
      <StorageNotices store={store} />
      <p role="status" class="ws-message no-print">
        {message}
      </p>
      {undoView}
      {body}
      {box}
    </div>
  );
}
