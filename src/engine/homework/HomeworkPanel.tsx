import { useEffect, useRef, useState } from "preact/hooks";
import { decodeHomework, payloadFromHash } from "./link";
import { assignmentSchema, type Homework as Assignment, type PrefillSchema } from "./assignment";
import { homework } from "./store";
import { $assignments, rememberAssignment, setDone } from "./actions";
import { useStore } from "../core/use-store";
import { formatDay } from "../core/dates";
import { words as bind, type Words } from "../core/words";
import { checkSaved } from "../storage/engine";
import { StorageNotices } from "../core/StorageNotices";
import "./homework.css";

/** What adding did, when some of it could not be added. */
export interface Accepted {
  /** The entry made or changed, if any. */
  id?: string;
  /** What was left out, with where it was meant to go, shown so nothing is lost. */
  notAdded: { where: string; text: string }[];
}

/**
 * What a link's pre-fill would add, worked out before "Add" is offered.
 * `dropped` says, in words, what of it cannot be used. Without `add` nothing
 * can be: the link is refused, and not remembered, so it can be tried again.
 */
export interface Offer {
  dropped: string[];
  /** What will be added, as label and text pairs, shown before "Add". */
  preview?: [string, string][];
  /**
   * A suggestion the person may take or leave, asked as a question beside
   * "Add" (e.g. "Your therapist suggests 3 goals a day. Use it?"); unticked
   * until they tick it. `add` is told their answer.
   */
  option?: string;
  /** Makes the new entry (never overwrites anything) and returns its id. */
  add?: (useOption: boolean) => string | undefined | Accepted;
}

/** An offer's preview: the label and text pairs that have text. */
export const previewLines = (lines: [string, string | undefined][]): [string, string][] =>
  lines.filter((line): line is [string, string] => !!line[1]);

interface Props {
  worksheet: string;
  title: string;
  /** src/engine/homework/words and the worksheet's `homework…` words (see ./words.ts). */
  words: Words;
  locale: string;
  /** The worksheet's `prefillSchema` (its prefill.ts), if it takes a pre-fill. */
  prefill?: PrefillSchema;
  prepare: (hw: Assignment) => Offer;
  /** Where the entry an assignment made is shown; the worksheet's page when not given. */
  entryHref?: (id: string) => string;
}

type State =
  | { name: "none" }
  | { name: "bad" }
  | { name: "offer"; hw: Assignment; offer: Offer }
  | {
      name: "added";
      hw: Assignment;
      again: boolean;
      /** The entry it made, if any. */
      entry?: string;
      left?: Accepted;
      saved?: boolean;
      dropped?: string[];
    };

/**
 * The homework page of one worksheet. Reads a homework link (#hw=…), shows it
 * as plain text, and adds it only when the person says so; lists this
 * worksheet's homework with due dates; and links back. It lives on
 * /worksheets/<worksheet>/homework/, where the worksheet layout forwards a
 * link, so its code never weighs on the worksheet itself.
 */
export function HomeworkPanel({
  worksheet,
  title,
  words,
  locale,
  prefill,
  prepare,
  entryHref = () => `/worksheets/${worksheet}/`,
}: Props) {
  const w = bind(words, locale);
  const day = (iso: string) => formatDay(iso, locale);
  const [state, setState] = useState<State>({ name: "none" });
  const all = useStore($assignments);
  const mine = all.filter((a) => a.worksheet === worksheet);
  const focus = useRef<HTMLDivElement>(null);
  const [useOption, setUseOption] = useState(false);
  const known = (id: string) => homework.$records.get().find((a) => a.id === id);

  useEffect(() => {
    const read = () => {
      const payload = payloadFromHash(location.hash);
      if (payload === null) return;
      // Take the assignment out of the address bar, so a screenshot or shared screen never shows it.
      history.replaceState(history.state, "", location.pathname + location.search);
      // A link for another worksheet fails this worksheet's schema, and is shown as unreadable.
      void decodeHomework(payload, assignmentSchema(worksheet, prefill)).then((r) => {
        if (!r.ok) setState({ name: "bad" });
        else if (known(r.homework.id)) again(r.homework);
        else {
          setUseOption(false);
          setState({ name: "offer", hw: r.homework, offer: prepare(r.homework) });
        }
      });
    };
    read();
    // A second link opened in the same tab changes only the fragment: no reload.
    addEventListener("hashchange", read);
    return () => removeEventListener("hashchange", read);
  }, [worksheet]);
  useEffect(() => focus.current?.focus(), [state]);

  /** This link was added before: say so, and lead to what it made. */
  const again = (hw: Assignment) =>
    setState({ name: "added", hw, again: true, entry: known(hw.id)?.entryId });

  function accept(hw: Assignment) {
    // Another tab may have added this link since the page opened: look again now.
    homework.sync();
    if (known(hw.id)) return again(hw);
    // What the worksheet holds may have changed too: decide again at the moment of writing.
    const now = prepare(hw);
    if (!now.add) return setState({ name: "offer", hw, offer: now });
    const saved = checkSaved();
    const done = now.add(!!now.option && useOption);
    const left = typeof done === "object" && done.notAdded.length ? done : undefined;
    const entry = typeof done === "object" ? done.id : done;
    rememberAssignment(hw, entry);
    setState({
      name: "added",
      hw,
      again: false,
      entry,
      left,
      saved: saved(),
      dropped: now.dropped,
    });
  }

  const dropped =
    state.name === "offer"
      ? state.offer.dropped
      : state.name === "added"
        ? state.dropped
        : undefined;
  return (
    <div class="homework-page">
      <StorageNotices />
      {state.name === "bad" && (
        <div class="notice" role="alert" tabIndex={-1} ref={focus}>
          <p>
            <strong>{w("bad")}</strong> {w("badMore")}
          </p>
        </div>
      )}
      {(state.name === "offer" || state.name === "added") && (
        <div
          class="card homework-banner"
          role="region"
          aria-label={w("region")}
          tabIndex={-1}
          ref={focus}
        >
          <p>
            {/* Anyone can make a link, so the name is what the link claims, not a fact. */}
            <strong>{w("label")}</strong>{" "}
            {state.hw.from ? w("from", { from: state.hw.from }) : w("fromNobody")}
            {state.hw.note ? `: ${state.hw.note}` : "."}
            {state.hw.due && ` ${w("due", { day: day(state.hw.due) })}`}
          </p>
          {dropped && dropped.length > 0 && (
            <div class="notice">
              <p>{w("partly")}</p>
              <ul>
                {dropped.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </div>
          )}
          {state.name === "offer" ? (
            state.offer.add ? (
              <>
                {state.offer.preview && state.offer.preview.length > 0 && (
                  <>
                    <p>{w("preview")}</p>
                    <dl class="homework-preview">
                      {state.offer.preview.map(([label, text], i) => (
                        <div key={i}>
                          <dt>{label}</dt>
                          <dd>{text}</dd>
                        </div>
                      ))}
                    </dl>
                  </>
                )}
                {state.offer.option && (
                  <p>
                    <label>
                      <input
                        type="checkbox"
                        checked={useOption}
                        onChange={(e) => setUseOption(e.currentTarget.checked)}
                      />{" "}
                      {state.offer.option}
                    </label>
                  </p>
                )}
                <p>
                  <button type="button" onClick={() => accept(state.hw)}>
                    {w("add")}
                  </button>{" "}
                  <span class="muted">{w("adds", { adds: w("homeworkAdds") })}</span>
                </p>
              </>
            ) : (
              <p role="status">{w("refused")}</p>
            )
          ) : (
            <>
              <p role="status">
                {state.again
                  ? w("again")
                  : state.saved === false
                    ? w("notSaved")
                    : state.left
                      ? w(state.left.id ? "addedApart" : "noRoom")
                      : w(state.dropped?.length ? "addedPartly" : "added")}
              </p>
              {state.entry && state.saved !== false && (
                <p>
                  <a href={entryHref(state.entry)}>{w("openEntry")}</a>
                </p>
              )}
              {state.left?.notAdded.map((n) => (
                <div key={n.where}>
                  <p>{w("tooLong", { where: n.where })}</p>
                  <ul>
                    {n.text.split("\n").map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </>
          )}
        </div>
      )}
      <section class="homework-list" aria-labelledby="homework-list-title">
        <h2 id="homework-list-title">{w("listTitle")}</h2>
        {mine.length === 0 ? (
          <p>{w("none")}</p>
        ) : (
          <>
            <p>{w("toDo", { count: mine.filter((a) => !a.doneAt).length })}</p>
            <ul>
              {mine.map((a) => (
                <li key={a.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={!!a.doneAt}
                      onChange={(e) => setDone(a.id, e.currentTarget.checked)}
                    />{" "}
                    {a.from || w("yourTherapist")}
                    {a.note ? `: ${a.note}` : ""}
                    {a.due ? w("dueOn", { day: day(a.due) }) : ""}
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <p>
        <a class="button" href={`/worksheets/${worksheet}/`}>
          {w("open", { title: title.toLowerCase() })}
        </a>
      </p>
    </div>
  );
}
