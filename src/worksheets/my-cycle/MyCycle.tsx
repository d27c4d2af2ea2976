import "./my-cycle.css";
import type { ComponentChildren } from "preact";
import { useRef, useState } from "preact/hooks";
import { formatDay, localDay } from "../../engine/core/dates";
import { useStore } from "../../engine/core/use-store";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { useFocusLater } from "../../engine/core/focus";
import { useConfirm } from "../../engine/core/Confirm";
import { words, type Words } from "../../engine/core/words";
import { useUndo } from "../../engine/ui/Undo";
import { confirmWords } from "../../engine/ui/question";
import { myCycle } from "./store";
import { deleteCycle, saveCycle } from "./actions";
import type { CycleEntry } from "./schema";
import {
  draftFromEntry,
  emptyDraft,
  fieldsFromDraft,
  firstPart,
  isUnwrittenHomework,
  sameDraft,
  sortNewest,
  type CycleDraft,
  type PartId,
} from "./cycle";
import { CycleForm } from "./CycleForm";
import { Drawing, type PartLink } from "./Drawing";

interface Props {
  /** The worksheet's words (words/en.json) and the page's locale. */
  words: Words;
  locale: string;
  /** Each part's worksheet, from the registry at build time. */
  links: Partial<Record<PartId, PartLink>>;
  /** "Draw your cycle", above the list, as page HTML; its button has data-act="new". */
  start?: ComponentChildren;
}

type View =
  | { name: "list" }
  | { name: "detail"; id: string }
  | { name: "form"; id?: string; draft: CycleDraft; back: View; key: number };

const LIST: View = { name: "list" };
/**
 * How many cycles the list shows at first, and how many more "Show older"
 * adds. (Not engine/ui/more.ts: a second page using it would split it into a
 * chunk of its own, and the thought record's page would pay for that.)
 */
const PAGE = 50;

/** The cycle worksheet: the list of cycles, one cycle drawn, and the form. */
export default function MyCycle({ words: dict, locale, links, start }: Props) {
  const w = words(dict, locale);
  const longDay = (e: CycleEntry) => formatDay(e.day, locale, true);
  const records = useStore(myCycle.$records);
  const [view, setView] = useState<View>(LIST);
  const [message, setMessage] = useState("");
  const [count, setCount] = useState(PAGE);
  const focusId = useFocusLater();
  const { ask, close, box } = useConfirm(focusId, "cyc-confirm", {
    box: "ws-confirm no-print",
    actions: "ws-actions",
  });
  const formKey = useRef(0);
  // After the confirmation, so focus on Undo wins over the list's heading.
  const [offer, undoView] = useUndo("cyc-undo");

  const go = (v: View, text = "", focus = `cyc-${v.name}-h`) => {
    // The form places focus itself, on its heading.
    focusId(v.name === "form" ? null : focus);
    setView(v);
    setMessage(text);
    close();
  };
  const openForm = (draft: CycleDraft, id?: string) =>
    go({ name: "form", id, draft, back: view, key: ++formKey.current });

  let body: ComponentChildren;
  const entry = view.name === "detail" && records.find((x) => x.id === view.id);
  if (view.name === "form") {
    const form = view;
    const was = form.id ? records.find((r) => r.id === form.id) : undefined;
    body = (
      <CycleForm
        key={form.key}
        mode={form.id ? "edit" : "new"}
        initial={form.draft}
        note={was?.note}
        w={w}
        onSave={(d) => {
          const saved = saveCycle(form.id, fieldsFromDraft(d, was));
          go({ name: "detail", id: saved.id }, w(form.id ? "savedEdit" : "savedNew"));
        }}
        onCancel={(d) => {
          const leave = () =>
            go(form.back, "", form.back.name === "list" && form.id ? `cyc-${form.id}` : undefined);
          if (sameDraft(d, form.draft)) leave();
          else ask(confirmWords(w, "leave"), "cyc-cancel", leave);
        }}
        onStatus={setMessage}
      />
    );
  } else if (entry) {
    const e = entry;
    const day = longDay(e);
    body = (
      <article class="cyc-entry" aria-labelledby="cyc-detail-h">
        <p class="no-print">
          <button type="button" class="secondary" onClick={() => go(LIST, "", `cyc-${e.id}`)}>
            {w("backToAll")}
          </button>
        </p>
        <h2 id="cyc-detail-h" tabIndex={-1}>
          {w("cycleH", { day })}
        </h2>
        {e.homeworkId && <p class="ws-badge">{w("homework")}</p>}
        {e.note && (
          <div class="cyc-note">
            <h3>{w("note")}</h3>
            <p>{e.note}</p>
          </div>
        )}
        <Drawing parts={e} w={w} links={links} />
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
            id="cyc-delete"
            onClick={() =>
              ask(confirmWords(w, "delete", { day }), "cyc-delete", () => {
                const undo = deleteCycle(e.id);
                go(LIST);
                offer(w("deleted", { day }), () =>
                  undo() ? (go({ name: "detail", id: e.id }), "cyc-detail-h") : "",
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
        <section aria-labelledby="cyc-list-h" class="no-print">
          <h2 id="cyc-list-h" tabIndex={-1}>
            {w("listH")}
          </h2>
          {all.length === 0 ? (
            <p>{w("empty")}</p>
          ) : (
            <>
              <p class="cyc-count">{w("count", { count: all.length })}</p>
              <ul class="ws-list">
                {all.slice(0, count).map((e) => {
                  const todo = isUnwrittenHomework(e);
                  const day = longDay(e);
                  return (
                    <li class="card" key={e.id}>
                      <h3 id={`cyc-${e.id}`} tabIndex={-1}>
                        {day}
                      </h3>
                      {e.homeworkId && (
                        <p class="ws-badge">{w(todo ? "homeworkTodo" : "homework")}</p>
                      )}
                      <p class="cyc-preview">{firstPart(e) || e.note}</p>
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
              {all.length > count && (
                <p>
                  <button type="button" class="secondary" onClick={() => setCount(count + PAGE)}>
                    {w("showOlder", { count: Math.min(PAGE, all.length - count) })}
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
    <div
      class="ws cyc"
      onClick={(e) => {
        if ((e.target as Element).closest("[data-act=new]"))
          openForm(emptyDraft(localDay(new Date())));
      }}
    >
      <StorageNotices store={myCycle} />
      <p role="status" class="ws-message no-print">
        {message}
      </p>
      {undoView}
      {body}
      {box}
    </div>
  );
}
