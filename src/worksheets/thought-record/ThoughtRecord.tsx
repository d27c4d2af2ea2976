import "./thought-record.css";
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { PAGE, useMore } from "../../engine/ui/more";
import { articlePath, worksheetPartPath } from "../../engine/core/routes";
import { useStore } from "../../engine/core/use-store";
import { useUndo } from "../../engine/ui/Undo";
import { BarChart } from "../../engine/ui/BarChart";
import { thoughtRecord } from "./store";
import { deleteThought, discardDraft } from "./actions";
import type { ThoughtRecord as Rec } from "./schema";
import type { StepField } from "./record";
import { summarizeRecord } from "./changes";
import { chartData, hasRatings, newestFirst, splitStored } from "./view";
import { shorten } from "./text";
import { formatDay, formatDayTime } from "../../engine/core/dates";
import { confirmWords, type W } from "../../engine/ui/question";
import { words, type Words } from "../../engine/core/words";
import { trapNames } from "./distortions";
import { Frame, useScreen } from "./parts";
import { data } from "./data";

const WRITE = worksheetPartPath("thought-record", "write");

// The writing page sends people back with what happened: ?done=saved&id=…
const params = new URLSearchParams(location.search);
const done = params.get("done") as "saved" | "savedEdit" | "kept" | "discarded" | null;
const doneId = params.get("id") ?? "";
if (done) history.replaceState(history.state, "", location.pathname + location.hash);

interface Props {
  /** "Start a thought record", above the list: a link to the writing page and the print link. */
  start?: ComponentChildren;
  /** The worksheet's words (words/<locale>.json), read on the server. */
  words: Words;
  locale: string;
}

type View = { name: "list" } | { name: "detail"; id: string };
const LIST: View = { name: "list" };

/** A record's ratings at the time and at the end, as a chart with its table. */
const Ratings = ({ r, id, w }: { r: Rec; id: string; w: W }) => {
  const c = chartData(r, w("beliefLabel"));
  return (
    <BarChart
      id={id}
      title={w("chartTitle")}
      description={w("chartDescription")}
      categories={c.categories}
      series={[
        { name: w("before"), values: c.before, tone: 1 },
        { name: w("after"), values: c.after, tone: 3 },
      ]}
      max={100}
      categoryLabel={w("chartCategory")}
      missing={w("notRated")}
    />
  );
};

/** A list of short answers, or what to say when there are none. */
const list = (items: ComponentChildren[], none?: string) =>
  items.length ? (
    <ul>
      {items.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </ul>
  ) : (
    none
  );

/** A saved answer as the record shows it; undefined when it was skipped. */
function answerOf(r: Rec, f: StepField, w: W, locale: string): ComponentChildren {
  if (f === "when") return formatDayTime(r.when, locale);
  if (f === "emotions")
    return list(
      r.emotions.map((e) => `${e.name}: ${e.before}`),
      w("noFeelings"),
    );
  if (f === "emotionsAfter") {
    return list(r.emotions.map((e) => `${e.name}: ${e.after ?? w("notRated")}`));
  }
  if (f === "traps") {
    const names = trapNames(r.traps, data.traps);
    return list(
      r.traps.map((id, i) => (
        <a href={`${articlePath("cognitive-distortions")}#trap-${id}`}>{names[i]}</a>
      )),
      w("noTraps"),
    );
  }
  const v = r[f];
  return typeof v === "number" ? w("percent", { value: v }) : v || undefined;
}

/**
 * The thought records on this device: unfinished ones to continue or
 * discard, saved ones newest first, how their ratings changed (a chart with
 * its table), and one record in full to print, edit or delete. Writing
 * happens on its own page (Write.tsx), so each page loads only its own code.
 */
export default function ThoughtRecord({ start, words: dict, locale }: Props) {
  const w = words(dict, locale);
  const { records: saved, drafts: unsorted } = splitStored(useStore(thoughtRecord.$records));
  const records = newestFirst(saved);
  const drafts = [...unsorted].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const opened = done === "saved" || done === "savedEdit";
  const [view, setView] = useState<View>(opened ? { name: "detail", id: doneId } : LIST);
  const [message, setMessage] = useState(done ? w(done) : "");
  const [pick, setPick] = useState("");
  const shownList = useMore();
  const { focusLater, ask, box, close } = useScreen(
    opened ? "tr-detail-h" : done === "kept" ? `tr-${doneId}` : done && "tr-list-h",
  );
  // After useScreen, so focus on Undo wins over the list's heading.
  const [offer, undoView] = useUndo("tr-undo");

  const go = (v: View, text = "", focus = v.name === "detail" ? "tr-detail-h" : "tr-list-h") => {
    focusLater(focus);
    setView(v);
    setMessage(text);
    close();
  };

  let body: ComponentChildren;
  const shown = view.name === "detail" && records.find((x) => x.id === view.id);
  if (shown) {
    const r = shown;
    const when = formatDayTime(r.when, locale);
    body = (
      <article class="ws-record" aria-labelledby="tr-detail-h">
        <p class="no-print">
          <button type="button" class="secondary" onClick={() => go(LIST, "", `tr-${r.id}`)}>
            {w("backToAll")}
          </button>
        </p>
        <h2 id="tr-detail-h" tabIndex={-1}>
          {w("detailHeading", { when })}
        </h2>
        {data.steps.map((s, i) => (
          <section class="tr-step" key={s.id}>
            <h3>
              {i + 1}. {s.title}
            </h3>
            <dl>
              {s.fields.map((f) => (
                <div key={f}>
                  <dt>{data.words[f].label}</dt>
                  <dd>
                    {answerOf(r, f, w, locale) ?? <span class="muted">{w("notFilled")}</span>}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        {hasRatings(r) && <Ratings r={r} id="tr-detail-chart" w={w} />}
        <div class="ws-actions no-print">
          <a class="button" href={`${WRITE}?edit=${encodeURIComponent(r.id)}`}>
            {w("edit")}
          </a>
          <button type="button" class="secondary" onClick={() => print()}>
            {w("print")}
          </button>
          <button
            type="button"
            class="secondary"
            id="tr-delete"
            onClick={() =>
              ask(confirmWords(w, "confirmDelete", { when }), "tr-delete", () => {
                const undo = deleteThought(r.id);
                go(LIST);
                offer(w("deleted", { when }), () =>
                  undo() ? (go({ name: "detail", id: r.id }), "tr-detail-h") : "",
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
    const rated = records.filter(hasRatings);
    const chosen = rated.find((r) => r.id === pick) ?? rated[0];
    // The chart offers the records the list shows (and the one chosen), not years of them at once.
    const shownIds = new Set(records.slice(0, shownList.count).map((r) => r.id));
    const offered = rated.filter((r) => shownIds.has(r.id) || r === chosen);
    body = (
      <>
        {drafts.length > 0 && (
          <section aria-labelledby="tr-drafts-h" class="tr-drafts">
            <h2 id="tr-drafts-h" tabIndex={-1}>
              {w("draftsHeading")}
            </h2>
            <p>{w("draftsIntro")}</p>
            <ul class="ws-list">
              {drafts.map((d) => {
                const label = shorten(d.automaticThought || d.situation) || w("nothingYet");
                const of = records.find((r) => r.id === d.recordId);
                return (
                  <li class="card" key={d.id}>
                    <h3 id={`tr-${d.id}`} tabIndex={-1} class="tr-quote ws-text">
                      {label}
                    </h3>
                    <p class="muted">
                      {of
                        ? w("draftEdit", { when: formatDayTime(of.when, locale), step: d.step + 1 })
                        : w("draftNew", { step: d.step + 1 })}
                      {d.homeworkId &&
                        ` ${d.due ? w("fromTherapistDue", { day: formatDay(d.due, locale) }) : w("fromTherapist")}`}
                    </p>
                    <div class="ws-actions">
                      <a
                        class="button"
                        href={`${WRITE}?draft=${encodeURIComponent(d.id)}`}
                        aria-label={w("labelFor", { label: w("resume"), title: label })}
                      >
                        {w("resume")}
                      </a>
                      <button
                        type="button"
                        class="secondary"
                        id={`tr-discard-${d.id}`}
                        aria-label={w("labelFor", { label: w("discard"), title: label })}
                        onClick={() =>
                          ask(
                            confirmWords(w, "confirmDiscard", { label }),
                            `tr-discard-${d.id}`,
                            () => {
                              const undo = discardDraft(d.id);
                              go(LIST);
                              offer(w("discardedOne", { label }), () =>
                                undo() ? "tr-drafts-h" : "",
                              );
                            },
                          )
                        }
                      >
                        {w("discard")}
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
        {start}
        <section aria-labelledby="tr-list-h">
          <h2 id="tr-list-h" tabIndex={-1}>
            {w("listHeading")}
          </h2>
          {records.length === 0 ? (
            <p>{w("empty")}</p>
          ) : (
            <ul class="ws-list">
              {records.slice(0, shownList.count).map((r) => {
                const when = formatDayTime(r.when, locale);
                const names = trapNames(r.traps, data.traps);
                return (
                  <li class="card" key={r.id}>
                    <h3 id={`tr-${r.id}`} tabIndex={-1}>
                      {when}
                    </h3>
                    <p class="tr-quote ws-text">“{shorten(r.automaticThought, 160)}”</p>
                    <p class="muted">{summarizeRecord(r, w)}</p>
                    {names.length > 0 && (
                      <p class="muted">
                        {w("trapsLabel")}
                        {names.join(", ")}
                      </p>
                    )}
                    <button
                      type="button"
                      class="secondary"
                      aria-label={w("labelFor", { label: w("open"), title: when })}
                      onClick={() => go({ name: "detail", id: r.id })}
                    >
                      {w("open")}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {records.length > shownList.count && (
            <p>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  // Focus moves to the first newly shown record, so keyboard users carry on there.
                  focusLater(`tr-${records[shownList.count]!.id}`);
                  shownList.more();
                }}
              >
                {w("showOlder", { count: Math.min(PAGE, records.length - shownList.count) })}
              </button>
            </p>
          )}
        </section>
        {records.length > 0 && (
          <section aria-labelledby="tr-chart-h">
            <h2 id="tr-chart-h">{w("chartHeading")}</h2>
            {chosen ? (
              <>
                <label for="tr-chart-pick">{w("chartPick")}</label>{" "}
                <select
                  id="tr-chart-pick"
                  value={chosen.id}
                  onChange={(e) => setPick(e.currentTarget.value)}
                >
                  {offered.map((r) => (
                    <option key={r.id} value={r.id}>
                      {formatDayTime(r.when, locale)}: {shorten(r.automaticThought, 40)}
                    </option>
                  ))}
                </select>
                <Ratings r={chosen} id="tr-chart" w={w} />
              </>
            ) : (
              <p>{w("noRatings")}</p>
            )}
          </section>
        )}
      </>
    );
  }

  return (
    <Frame message={message} box={box}>
      {undoView}
      {body}
    </Frame>
  );
}
