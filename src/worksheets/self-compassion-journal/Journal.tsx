import "./journal.css";
import type { ComponentChildren } from "preact";
import { useRef, useState } from "preact/hooks";
import { formatDay, localDay } from "../../engine/core/dates";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { selfCompassionJournal as journal } from "./store";
import { deleteEntry, saveEntry } from "./actions";
import { words, type Words } from "../../engine/core/words";
import type { JournalEntry } from "./schema";
import {
  draftFromEntry,
  emptyEntry,
  entryFromDraft,
  firstAnswer,
  groupByMonth,
  isUnwrittenHomework,
  sameDraft,
  searchEntries,
  sortNewest,
  type EntryDraft,
  type Prompt,
  type PromptId,
} from "./journal";
import { excerpt, highlight } from "./search";
import { EntryForm } from "./EntryForm";
import { focusOn, useFocusLater } from "../../engine/core/focus";
import { useConfirm } from "../../engine/core/Confirm";
import { useUndo } from "../../engine/ui/Undo";

interface Props {
  /** The worksheet's words (words/en.json) and the page's locale. */
  words: Words;
  locale: string;
  prompts: Prompt[];
  /**
   * "Write in your journal", above the list, as page HTML. Its buttons say
   * what they do in data-act: "new" or "print".
   */
  start?: ComponentChildren;
}

type View =
  | { name: "list" }
  | { name: "print" }
  | { name: "detail"; id: string }
  | { name: "form"; id?: string; draft: EntryDraft; back: View; key: number };

const LIST: View = { name: "list" };
/** How many entries a list shows at first, and how many more "Show older" reveals. */
const PAGE = 50;

export default function Journal({ words: dict, locale, prompts, start }: Props) {
  const w = words(dict, locale);
  const longDay = (e: JournalEntry) => formatDay(e.day, locale, true);
  const [limit, setLimit] = useState(PAGE);
  const records = useStore(journal.$records);
  const [view, setView] = useState<View>(LIST);
  const [message, setMessage] = useState("");
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  // A link to one entry (?entry=, from "See what was added") opens with it in view and focused.
  const focusId = useFocusLater(
    ((id) => id && `scj-${id}`)(new URLSearchParams(location.search).get("entry")),
  );
  const { ask, close, box } = useConfirm(focusId, "scj-confirm", {
    box: "ws-confirm no-print",
    actions: "ws-actions",
  });
  const formKey = useRef(0);

  // After the confirmation, so focus on Undo wins over the list's heading.
  const [offer, undoView] = useUndo("scj-undo");
  const go = (v: View, text = "", focus = `scj-${v.name}-h`) => {
    // The form places focus itself, on its heading.
    focusId(v.name === "form" ? null : focus);
    setView(v);
    setMessage(text);
    close();
  };
  const openForm = (draft: EntryDraft, id?: string) =>
    go({ name: "form", id, draft, back: view, key: ++formKey.current });

  const hits = searchEntries(records, query);
  const found = new Map(hits.map((h) => [h.entry.id, h.fields]));
  const shown = hits.map((h) => h.entry);

  function save(id: string | undefined, draft: EntryDraft) {
    const saved = saveEntry(id, entryFromDraft(draft));
    // The saved entry is always in view afterwards.
    setQuery("");
    go(LIST, w(id ? "savedEdit" : "savedNew"), `scj-${saved.id}`);
  }

  const choosePrint = () => {
    // Start from what the list shows: all entries, or the ones a search found.
    setChosen(new Set(shown.map((e) => e.id)));
    go({ name: "print" });
  };

  /** What a button in the page's HTML does (see Props). */
  function act(e: MouseEvent) {
    const a = (e.target as Element).closest<HTMLElement>("[data-act]")?.dataset.act;
    if (a === "new") openForm(emptyEntry(localDay(new Date())));
    else if (a === "print") choosePrint();
  }

  /** A text with the words the search found marked. */
  const marked = (text: string) =>
    highlight(text, query).map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text));

  const answers = (e: JournalEntry) => (
    <dl class="scj-answers">
      {prompts.map((p) => (
        <div key={p.id}>
          <dt>{p.label}</dt>
          <dd>{e[p.id] || <span class="muted">{w("notFilled")}</span>}</dd>
        </div>
      ))}
    </dl>
  );
  const back = (focus?: string) => (
    <p class="no-print">
      <button type="button" class="secondary" onClick={() => go(LIST, "", focus)}>
        {w("backToAll")}
      </button>
    </p>
  );
  const label = (id: PromptId) => prompts.find((p) => p.id === id)!.label;
  /** "Show 50 older entries", under a list cut at `limit`; focus goes to `heading` when none are left. */
  const older = (total: number, heading: string) =>
    total > limit && (
      <p class="no-print">
        <button
          type="button"
          class="secondary"
          onClick={() => {
            if (total - limit <= PAGE) focusId(heading);
            setLimit(limit + PAGE);
          }}
        >
          {w("showOlder", { count: Math.min(PAGE, total - limit) })}
        </button>
      </p>
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
        prompts={prompts}
        w={w}
        onSave={(d) => save(form.id, d)}
        onCancel={(d) => {
          // Back where the person was: on the list, at the entry they opened.
          const leave = () =>
            go(form.back, "", form.back.name === "list" && form.id ? `scj-${form.id}` : undefined);
          if (sameDraft(d, form.draft)) leave();
          else
            ask(
              {
                title: w("leaveTitle"),
                text: w("leaveText"),
                yes: w("leaveYes"),
                no: w("leaveNo"),
              },
              "scj-cancel",
              leave,
            );
        }}
        onStatus={setMessage}
      />
    );
  } else if (entry) {
    const e = entry;
    const day = longDay(e);
    body = (
      <article class="scj-entry" aria-labelledby="scj-detail-h">
        {back(`scj-${e.id}`)}
        <h2 id="scj-detail-h" tabIndex={-1}>
          {day}
        </h2>
        {e.homeworkId && <p class="ws-badge">{w("homework")}</p>}
        {answers(e)}
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
            id="scj-delete"
            onClick={() =>
              ask(
                {
                  title: w("deleteTitle"),
                  text: w("deleteText", { day }),
                  yes: w("deleteYes"),
                  no: w("deleteNo"),
                },
                "scj-delete",
                () => {
                  const undo = deleteEntry(e.id);
                  go(LIST);
                  offer(w("deleted", { day }), () =>
                    undo() ? (go({ name: "detail", id: e.id }), "scj-detail-h") : "",
                  );
                },
              )
            }
          >
            {w("delete")}
          </button>
        </div>
      </article>
    );
  } else if (view.name === "print") {
    const all = sortNewest(records);
    const picked = all.filter((e) => chosen.has(e.id));
    const toggle = (id: string) => {
      const next = new Set(chosen);
      if (!next.delete(id)) next.add(id);
      setChosen(next);
    };
    body = (
      <section aria-labelledby="scj-print-h">
        <div class="no-print">
          {back()}
          <h2 id="scj-print-h" tabIndex={-1}>
            {w("printH")}
          </h2>
          <p>{w("printIntro")}</p>
          {all.length === 0 ? (
            <p>{w("empty")}</p>
          ) : (
            <>
              <fieldset class="scj-picks">
                <legend>{w("printPick")}</legend>
                <div class="ws-actions">
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => setChosen(new Set(all.map((e) => e.id)))}
                  >
                    {w("pickAll")}
                  </button>
                  <button type="button" class="secondary" onClick={() => setChosen(new Set())}>
                    {w("pickNone")}
                  </button>
                </div>
                <ul>
                  {all.slice(0, limit).map((e, i) => (
                    <li key={e.id}>
                      <label>
                        <input
                          id={`scj-pick-${i}`}
                          type="checkbox"
                          checked={chosen.has(e.id)}
                          onChange={() => toggle(e.id)}
                        />{" "}
                        <span>
                          <strong>{longDay(e)}</strong> {excerpt(firstAnswer(e), "", 70)}
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
                {older(all.length, "scj-print-h")}
              </fieldset>
              <div class="ws-actions">
                <button
                  type="button"
                  aria-describedby="scj-chosen"
                  onClick={() => (picked.length ? print() : focusOn("scj-pick-0"))}
                >
                  {w("printGo")}
                </button>
              </div>
              <p role="status" id="scj-chosen">
                {picked.length ? w("chosen", { count: picked.length }) : w("chooseFirst")}
              </p>
            </>
          )}
        </div>
        {all.length > 0 && (
          <div class="scj-printout">
            <h3 class="no-print">{w("previewH")}</h3>
            {picked.length === 0 && <p class="no-print">{w("previewNone")}</p>}
            {picked.map((e) => (
              <article class="scj-entry card" key={e.id}>
                <h3>{longDay(e)}</h3>
                {answers(e)}
              </article>
            ))}
          </div>
        )}
      </section>
    );
  } else {
    const q = query.trim();
    body = (
      <>
        {start}
        <section aria-labelledby="scj-list-h">
          <h2 id="scj-list-h" tabIndex={-1}>
            {w("listH")}
          </h2>
          {records.length === 0 ? (
            <p>{w("empty")}</p>
          ) : (
            <>
              <form
                class="scj-search"
                role="search"
                aria-label={w("searchRegion")}
                onSubmit={(e) => e.preventDefault()}
              >
                <label for="scj-search">{w("searchLabel")}</label>
                <p id="scj-search-hint" class="ws-hint">
                  {w("searchHint")}
                </p>
                <div class="scj-search-row">
                  <input
                    id="scj-search"
                    type="search"
                    value={query}
                    autoComplete="off"
                    aria-describedby="scj-search-hint"
                    onInput={(e) => setQuery(e.currentTarget.value)}
                  />
                  {q && (
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => {
                        setQuery("");
                        focusId("scj-search");
                      }}
                    >
                      {w("clearSearch")}
                    </button>
                  )}
                </div>
              </form>
              <p role="status" class="scj-count">
                {!q
                  ? w("count", { count: records.length })
                  : shown.length === 0
                    ? w("matchNone", { query: q })
                    : w("matches", { count: shown.length, query: q })}
              </p>
              {groupByMonth(shown.slice(0, limit), locale).map((g) => (
                <section key={g.month} aria-labelledby={`scj-m-${g.month}`}>
                  <h3 id={`scj-m-${g.month}`}>{g.label}</h3>
                  <ul class="ws-list">
                    {g.entries.map((e) => {
                      const fields = found.get(e.id) ?? [];
                      const todo = isUnwrittenHomework(e);
                      const day = longDay(e);
                      return (
                        <li class="card" key={e.id}>
                          <h4 id={`scj-${e.id}`} tabIndex={-1}>
                            {longDay(e)}
                          </h4>
                          {e.homeworkId && (
                            <p class="ws-badge">{w(todo ? "homeworkTodo" : "homework")}</p>
                          )}
                          {q ? (
                            fields.map((f) => (
                              <p class="scj-preview" key={f}>
                                <span class="muted">{w("labelled", { label: label(f) })}</span>
                                {marked(excerpt(e[f], q))}
                              </p>
                            ))
                          ) : (
                            <p class="scj-preview">{excerpt(firstAnswer(e))}</p>
                          )}
                          <button
                            type="button"
                            class={todo ? "" : "secondary"}
                            aria-label={w(todo ? "writeLabel" : "openLabel", { day })}
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
                </section>
              ))}
              {older(shown.length, "scj-list-h")}
            </>
          )}
        </section>
      </>
    );
  }

  return (
    <div class="ws scj" onClick={act}>
      <StorageNotices store={journal} />
      <p role="status" class="ws-message no-print">
        {message}
      </p>
      {undoView}
      {body}
      {box}
    </div>
  );
}
