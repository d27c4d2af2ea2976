import "./journal.css";
import type { ComponentChildren } from "preact";
import { useRef, useState } from "preact/hooks";
import { worksheetPartPath } from "../../engine/core/routes";
import { formatDay, localDay } from "../../engine/core/dates";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { selfCompassionJournal as journal } from "./store";
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
  type EntryDraft,
  type Prompt,
  type PromptId,
} from "./journal";
import { excerpt, highlight } from "./search";
import { fill, type JournalWords } from "./words";
import { EntryForm } from "./EntryForm";
import { focusOn, useFocusLater } from "../../engine/core/focus";
import { useConfirm } from "../../engine/ui/Confirm";

// A homework link opens here (or arrives as a new fragment on an open page);
// its reader lives on the homework page, off this page's budget.
(onhashchange = () => {
  if (/^#hw=/.test(location.hash))
    location.replace(worksheetPartPath("self-compassion-journal", "homework") + location.hash);
})();

interface Props {
  t: JournalWords;
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
const LONG: Intl.DateTimeFormatOptions = {
  weekday: "long",
  month: "long",
  day: "numeric",
  year: "numeric",
};
const longDay = (e: JournalEntry) => formatDay(e.day, "en-US", LONG);

export default function Journal({ t, prompts, start }: Props) {
  const records = useStore(journal.$records);
  const [view, setView] = useState<View>(LIST);
  const [message, setMessage] = useState("");
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const focusId = useFocusLater();
  const { ask, close, box } = useConfirm(focusId, "scj-confirm", {
    box: "scj-confirm no-print",
    actions: "scj-actions",
  });
  const formKey = useRef(0);

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
    const content = entryFromDraft(draft);
    // If another tab deleted it meanwhile, keep the person's words as a new entry.
    const saved =
      (id && journal.update(id, content)) || journal.create({ kind: "entry", ...content });
    // The saved entry is always in view afterwards.
    setQuery("");
    go(LIST, id ? t.savedEdit : t.savedNew, `scj-${saved.id}`);
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
          <dd>{e[p.id] || <span class="muted">{t.notFilled}</span>}</dd>
        </div>
      ))}
    </dl>
  );
  const back = (focus?: string) => (
    <p class="no-print">
      <button type="button" class="secondary" onClick={() => go(LIST, "", focus)}>
        {t.backToAll}
      </button>
    </p>
  );
  const label = (id: PromptId) => prompts.find((p) => p.id === id)!.label;
  const count = (n: number, one: string, many: string) => (n === 1 ? one : fill(many, n));

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
        t={t}
        onSave={(d) => save(form.id, d)}
        onCancel={(d) => {
          // Back where the person was: on the list, at the entry they opened.
          const leave = () =>
            go(form.back, "", form.back.name === "list" && form.id ? `scj-${form.id}` : undefined);
          if (sameDraft(d, form.draft)) leave();
          else ask(t.confirmLeave, "scj-cancel", leave);
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
        {e.homeworkId && <p class="scj-badge">{t.homework}</p>}
        {answers(e)}
        <div class="scj-actions no-print">
          <button type="button" onClick={() => openForm(draftFromEntry(e), e.id)}>
            {t.edit}
          </button>
          <button type="button" class="secondary" onClick={() => print()}>
            {t.print}
          </button>
          <button
            type="button"
            class="secondary"
            id="scj-delete"
            onClick={() =>
              ask(
                { ...t.confirmDelete, text: fill(t.confirmDelete.text, day) },
                "scj-delete",
                () => {
                  journal.remove(e.id);
                  go(LIST, t.deleted);
                },
              )
            }
          >
            {t.delete}
          </button>
        </div>
      </article>
    );
  } else if (view.name === "print") {
    const all = groupByMonth(records).flatMap((g) => g.entries);
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
            {t.printH}
          </h2>
          <p>{t.printIntro}</p>
          {all.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <>
              <fieldset class="scj-picks">
                <legend>{t.printPick}</legend>
                <div class="scj-actions">
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => setChosen(new Set(all.map((e) => e.id)))}
                  >
                    {t.pickAll}
                  </button>
                  <button type="button" class="secondary" onClick={() => setChosen(new Set())}>
                    {t.pickNone}
                  </button>
                </div>
                <ul>
                  {all.map((e, i) => (
                    <li key={e.id}>
                      <label>
                        <input
                          id={`scj-pick-${i}`}
                          type="checkbox"
                          checked={chosen.has(e.id)}
                          onChange={() => toggle(e.id)}
                        />{" "}
                        <span>
                          <strong>
                            {formatDay(e.day, "en-US", { ...LONG, weekday: "short" })}
                          </strong>{" "}
                          {excerpt(firstAnswer(e), "", 70)}
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
              <div class="scj-actions">
                <button
                  type="button"
                  aria-describedby="scj-chosen"
                  onClick={() => (picked.length ? print() : focusOn("scj-pick-0"))}
                >
                  {t.printGo}
                </button>
              </div>
              <p role="status" id="scj-chosen">
                {picked.length ? count(picked.length, t.chosenOne, t.chosenMany) : t.chooseFirst}
              </p>
            </>
          )}
        </div>
        {all.length > 0 && (
          <div class="scj-printout">
            <h3 class="no-print">{t.previewH}</h3>
            {picked.length === 0 && <p class="no-print">{t.previewNone}</p>}
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
            {t.listH}
          </h2>
          {records.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <>
              <form
                class="scj-search"
                role="search"
                aria-label={t.searchRegion}
                onSubmit={(e) => e.preventDefault()}
              >
                <label for="scj-search">{t.searchLabel}</label>
                <p id="scj-search-hint" class="scj-hint">
                  {t.searchHint}
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
                      {t.clearSearch}
                    </button>
                  )}
                </div>
              </form>
              <p role="status" class="scj-count">
                {!q
                  ? count(records.length, t.countOne, t.countMany)
                  : shown.length === 0
                    ? fill(t.matchNone, q)
                    : shown.length === 1
                      ? fill(t.matchOne, q)
                      : fill(t.matchMany, shown.length, q)}
              </p>
              {groupByMonth(shown).map((g) => (
                <section key={g.month} aria-labelledby={`scj-m-${g.month}`}>
                  <h3 id={`scj-m-${g.month}`}>{g.label}</h3>
                  <ul class="scj-list">
                    {g.entries.map((e) => {
                      const fields = found.get(e.id) ?? [];
                      const todo = isUnwrittenHomework(e);
                      const day = longDay(e);
                      return (
                        <li class="card" key={e.id}>
                          <h4 id={`scj-${e.id}`} tabIndex={-1}>
                            {formatDay(e.day)}
                          </h4>
                          {e.homeworkId && (
                            <p class="scj-badge">{todo ? t.homeworkTodo : t.homework}</p>
                          )}
                          {q ? (
                            fields.map((f) => (
                              <p class="scj-preview" key={f}>
                                <span class="muted">{label(f)}: </span>
                                {marked(excerpt(e[f], q))}
                              </p>
                            ))
                          ) : (
                            <p class="scj-preview">{excerpt(firstAnswer(e))}</p>
                          )}
                          <button
                            type="button"
                            class={todo ? "" : "secondary"}
                            aria-label={fill(todo ? t.writeLabel : t.openLabel, day)}
                            onClick={() =>
                              todo
                                ? openForm(draftFromEntry(e), e.id)
                                : go({ name: "detail", id: e.id })
                            }
                          >
                            {todo ? t.writeIt : t.open}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
            </>
          )}
        </section>
      </>
    );
  }

  return (
    <div class="scj" onClick={act}>
      <StorageNotices store={journal} />
      <p role="status" class="scj-message no-print">
        {message}
      </p>
      {body}
      {box}
    </div>
  );
}
