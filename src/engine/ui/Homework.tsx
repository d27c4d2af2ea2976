import { useEffect, useRef, useState } from "preact/hooks";
import { decodeHomework, payloadFromHash } from "../homework/link";
import type { Homework as Assignment } from "../homework/link-schema";
import { $assignments, homework, rememberAssignment, setDone } from "../homework/store";
import { useStore } from "../core/use-store";
import { checkSaved } from "../storage/engine";
import { StorageNotices } from "../core/StorageNotices";

/** What accepting a link did, when some of it could not be added. */
export interface Accepted {
  /** The entry made or changed, if any. */
  id?: string;
  /** What was left out, with where it was meant to go, shown so nothing is lost. */
  notAdded: { where: string; text: string }[];
}

interface Props {
  worksheet: string;
  /** Makes the new entry from the pre-fill; returns its id. Never overwrites anything. */
  onAccept: (hw: Assignment) => string | undefined | Accepted;
  /** What "Add to my worksheet" will make, in a few words, e.g. "a planned experiment". */
  adds: string;
}

type State =
  | { name: "none" }
  | { name: "bad" }
  | { name: "offer"; hw: Assignment }
  | { name: "added"; hw: Assignment; again: boolean; left?: Accepted; saved?: boolean };

const day = (iso: string) =>
  new Date(`${iso}T12:00:00`).toLocaleDateString(undefined, { dateStyle: "medium" });

/**
 * Reads a homework link (#hw=…), shows it as plain text, and adds it only when
 * the person says so. Also lists this worksheet's homework with due dates.
 * It lives on /worksheets/<worksheet>/homework/, where the worksheet page
 * forwards a link, so its code never weighs on the worksheet itself.
 */
export function Homework({ worksheet, onAccept, adds }: Props) {
  const [state, setState] = useState<State>({ name: "none" });
  const all = useStore($assignments);
  const mine = all.filter((a) => a.worksheet === worksheet);
  const focus = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const read = () => {
      const payload = payloadFromHash(location.hash);
      if (payload === null) return;
      // Take the assignment out of the address bar, so a screenshot or shared screen never shows it.
      history.replaceState(history.state, "", location.pathname + location.search);
      void decodeHomework(payload).then((r) => {
        if (!r.ok || r.homework.w !== worksheet) setState({ name: "bad" });
        else if (homework.$records.get().some((a) => a.id === r.homework.id)) {
          setState({ name: "added", hw: r.homework, again: true });
        } else setState({ name: "offer", hw: r.homework });
      });
    };
    read();
    // A second link opened in the same tab changes only the fragment: no reload.
    addEventListener("hashchange", read);
    return () => removeEventListener("hashchange", read);
  }, [worksheet]);
  useEffect(() => focus.current?.focus(), [state]);

  return (
    <>
      <StorageNotices />
      {state.name === "bad" && (
        <div class="notice" role="alert" tabIndex={-1} ref={focus}>
          <p>
            <strong>This homework link could not be read.</strong> It may have been cut short or
            changed on the way. Please ask your therapist for a new one. Nothing was added, and the
            worksheet works as usual.
          </p>
        </div>
      )}
      {(state.name === "offer" || state.name === "added") && (
        <div
          class="card homework-banner"
          role="region"
          aria-label="Homework"
          tabIndex={-1}
          ref={focus}
        >
          <p>
            {/* Anyone can make a link, so the name is what the link claims, not a fact. */}
            <strong>Homework.</strong>{" "}
            {state.hw.from
              ? `This link says it comes from ${state.hw.from}`
              : "This link does not say who made it"}
            {state.hw.note ? `: ${state.hw.note}` : "."}
            {state.hw.due && ` Due ${day(state.hw.due)}.`}
          </p>
          {state.name === "offer" ? (
            <p>
              <button
                type="button"
                onClick={() => {
                  // Another tab may have added this link since the page opened: look again now.
                  homework.sync();
                  if (homework.$records.get().some((a) => a.id === state.hw.id)) {
                    setState({ name: "added", hw: state.hw, again: true });
                    return;
                  }
                  const saved = checkSaved();
                  const done = onAccept(state.hw);
                  const left = typeof done === "object" && done.notAdded.length ? done : undefined;
                  rememberAssignment(state.hw, typeof done === "object" ? done.id : done);
                  setState({ name: "added", hw: state.hw, again: false, left, saved: saved() });
                }}
              >
                Add to my worksheet
              </button>{" "}
              <span class="muted">This adds {adds}. It changes nothing you already have.</span>
            </p>
          ) : (
            <>
              <p role="status">
                {state.again
                  ? "You added this homework before."
                  : state.saved === false
                    ? "This homework is on this page, but the browser did not save it. It will be gone when you leave, unless you export it or free some space and add it again."
                    : !state.left
                      ? "Added to your worksheet."
                      : state.left.id
                        ? "Added to your worksheet, apart from the points below."
                        : "Nothing was added: there was no room for it."}
              </p>
              {state.left?.notAdded.map((n) => (
                <div key={n.where}>
                  <p>
                    These points would take “{n.where}” past its length limit, so they were left out
                    and nothing there was changed. Make some room, then copy them in:
                  </p>
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
        <h2 id="homework-list-title">My homework for this worksheet</h2>
        {mine.length === 0 ? (
          <p>None yet. When your therapist sends you a link, it appears here.</p>
        ) : (
          <>
            <p>{mine.filter((a) => !a.doneAt).length} to do. Tick one when you have done it.</p>
            <ul>
              {mine.map((a) => (
                <li key={a.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={!!a.doneAt}
                      onChange={(e) => setDone(a.id, e.currentTarget.checked)}
                    />{" "}
                    {a.from || "Your therapist"}
                    {a.note ? `: ${a.note}` : ""}
                    {a.due ? ` (due ${day(a.due)})` : ""}
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
