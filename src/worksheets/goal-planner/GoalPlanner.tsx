import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useStore } from "../../engine/core/use-store";
import { goalPlanner } from "./store";
import {
  dayPlanId,
  reflectionId,
  SETTINGS_ID,
  type DayPlanRecord,
  type DumpRecord,
  type GoalPlannerRecord,
  type GoalRecord,
  type ParkedRecord,
  type ReflectionRecord,
  type SettingsRecord,
} from "./schema";
import {
  carryOver,
  clampDailyLimit,
  createGoal,
  DAILY_LIMIT_MAX,
  DEFAULT_DAILY_LIMIT,
  draftErrors,
  formatMinutes,
  GOAL_STATUSES,
  limitMessage,
  timeCheck,
  timeMessage,
  unfinishedGoals,
  type GoalDraft,
  type GoalDraftErrors,
} from "./day";
import {
  carryTarget,
  dayMinutes,
  draftFromParked,
  dumpItems,
  openFromEarlier,
  parkDraft,
  parkErrors,
  parkWholeGoal,
} from "./plan";
import { count, dayParam, fill, LONG, relativeDay } from "./days";
import type { Words } from "./words";
import { addDays, formatDay, localDay } from "../../engine/core/dates";
import { newId } from "../../engine/core/ids";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { focusOn, useFocusLater } from "../../engine/core/focus";
import {
  Actions,
  Confirm,
  focusError,
  GoalFields,
  Item,
  setWords,
  t,
  Text,
  Timer,
  type Ask,
} from "./parts";
import "./goal-planner.css";
import { worksheetPartPath } from "../../engine/core/routes";

// A homework link opens here (or arrives as a new fragment on an open page);
// its reader lives on the homework page, off this page's budget.
(onhashchange = () => {
  if (/^#hw=/.test(location.hash))
    location.replace(worksheetPartPath("goal-planner", "homework") + location.hash);
})();

const stamp = () => new Date().toISOString();
const EMPTY: GoalDraft = { task: "", goodEnough: "", minutes: "", lettingGo: "" };
const isOpen = (g: GoalRecord) => g.status === "planned" || g.status === "partly";

/** Writes one whole record, after checking it against the stored shape, so nothing unreadable is ever saved. */
function save(record: GoalPlannerRecord): boolean {
  const { codec } = goalPlanner;
  // Checked as it will be stored: JSON leaves out fields set to undefined.
  const stored = JSON.parse(JSON.stringify(record));
  if (!codec.fromUnknown({ version: codec.version, records: [stored] }).ok) return false;
  if (goalPlanner.$records.get().some((r) => r.id === record.id)) {
    goalPlanner.update(record.id, record as never);
  } else {
    goalPlanner.create(record as never, record.id);
  }
  return true;
}

/**
 * The goal planner's "today" page: one day's brain dump, goals, time check,
 * park list, a summary of the reflection and unfinished goals. The week chart and the history
 * are on /worksheets/goal-planner/week/, which links back here with ?day=, and
 * the end-of-day reflection is written on /worksheets/goal-planner/reflect/,
 * and the printable plan is on /worksheets/goal-planner/print/.
 * All wording comes from the page as the `t` prop (src/worksheets/goal-planner/words.ts).
 */
export default function GoalPlanner(props: { t: Words }) {
  setWords(props.t);
  const records = useStore(goalPlanner.$records);
  const [picked, setPicked] = useState(() => dayParam(location.search));
  /** The latest status message, and the id of the section it belongs to. */
  const [said, setSaid] = useState(["", ""]);
  const [ask, setAsk] = useState<Ask | null>(null);
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<GoalDraftErrors>({});
  /** The brain-dump or parked item the goal form was filled from. */
  const [source, setSource] = useState("");
  const [limitNote, setLimitNote] = useState("");
  const [dumpText, setDumpText] = useState("");
  const [dumpError, setDumpError] = useState("");
  const [, setTick] = useState(0);
  const focusLater = useFocusLater();

  // A new calendar day may have begun while the page was open. The island
  // lives as long as the page, so these listeners need no removing.
  useEffect(() => {
    const wake = () => setTick((n) => n + 1);
    addEventListener("focus", wake);
    document.addEventListener("visibilitychange", wake);
  }, []);

  // Another day keeps its own address (?day=), so a reload or a link to
  // another view (class "gp-day-link": the tabs, "Print") stays on it. The
  // address changes in the click itself: a reload straight after the click
  // must not find the old day, as it could while this waited for a render.
  const showDay = (day: string | null) => {
    const search = day ? `?day=${day}` : "";
    history.replaceState(null, "", location.pathname + search);
    document
      .querySelectorAll<HTMLAnchorElement>(".gp-day-link")
      .forEach((a) => (a.search = search));
    setPicked(day);
  };
  useEffect(() => showDay(picked), []);

  const focusSoon = (id: string) => {
    focusLater(id);
    setTick((n) => n + 1);
  };
  const say = (at: string, text: string) => setSaid([at, text]);

  const goals: GoalRecord[] = [];
  const reflections: ReflectionRecord[] = [];
  const parked: ParkedRecord[] = [];
  const dumps: DumpRecord[] = [];
  const plans = new Map<string, DayPlanRecord>();
  let settings: SettingsRecord | undefined;
  for (const r of records) {
    if (r.kind === "goal") goals.push(r);
    else if (r.kind === "reflection") reflections.push(r);
    else if (r.kind === "parked") parked.push(r);
    else if (r.kind === "dump") dumps.push(r);
    else if (r.kind === "dayplan") plans.set(r.day, r);
    else settings = r;
  }

  const today = localDay(new Date());
  const day = picked ?? today;
  const rel = relativeDay(day, today);
  const dayName = (d: string) => relativeDay(d, today) ?? formatDay(d);
  const longName = formatDay(day, "en-US", LONG);
  const limit = clampDailyLimit(settings?.dailyLimit ?? DEFAULT_DAILY_LIMIT);
  const dayGoals = goals.filter((g) => g.day === day);
  const plan = plans.get(day);
  const check = timeCheck(dayGoals, plan?.minutesAvailable);
  const reflection = reflections.find((r) => r.id === reflectionId(day));
  const byId = new Map(goals.map((g) => [g.id, g]));
  const open = unfinishedGoals(goals, parked).filter((g) => g.day === day);
  const earlier = day === today ? openFromEarlier(goals, parked, today) : [];

  /** A section: its heading, what is in it, and a status line for what just happened there. */
  const section = (id: string, title: string, ...children: ComponentChildren[]) => (
    <section aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      {children}
      <p role="status" class="gp-say">
        {said[0] === id ? said[1] : ""}
      </p>
    </section>
  );

  const go = (d: string) => {
    showDay(d === today ? null : d);
    say("gp-day-h", fill(t.showing, relativeDay(d, today) ?? formatDay(d, "en-US", LONG)));
  };

  const askFirst = (key: string, title: string, what: string, yes: string, run: () => void) =>
    setAsk({ key, title, what, yes, run, back: document.activeElement as HTMLElement | null });
  const confirmFor = (key: string) =>
    ask?.key === key && (
      <Confirm
        ask={ask}
        done={(yes) => {
          setAsk(null);
          if (yes) ask.run();
          else ask.back?.focus();
        }}
      />
    );

  const resetForm = () => {
    setDraft(EMPTY);
    setErrors({});
    setSource("");
    setLimitNote("");
  };

  function addGoal(e: Event) {
    e.preventDefault();
    if (dayGoals.length >= limit) {
      setLimitNote(limitMessage(t, dayGoals.length, limit));
      return focusSoon("gp-limit");
    }
    const found = draftErrors(t, draft);
    setErrors(found);
    if (focusError("gp-new", found)) return;
    const goal = createGoal(draft, day, stamp(), newId());
    const from = parked.find((p) => p.id === source)?.fromGoal;
    if (from) goal.carriedFrom = from;
    if (!save(goal)) return say("gp-add-h", t.notSaved);
    if (source) goalPlanner.remove(source);
    resetForm();
    say("gp-goals-h", fill(t.added, goal.task, dayName(day)));
    focusSoon(`gp-goal-${goal.id}`);
  }

  function parkTheDraft() {
    const found = parkErrors(t, draft);
    if (focusError("gp-new", found)) return setErrors(found);
    if (!parked.some((p) => p.id === source)) {
      if (!save(parkDraft(draft, stamp(), newId()))) return say("gp-add-h", t.notParked);
      if (source) goalPlanner.remove(source);
    }
    resetForm();
    say("gp-parked-h", fill(t.parkedOne, draft.task.trim()));
    focusSoon("gp-parked-h");
  }

  function pickUp(next: GoalDraft, from: string) {
    setDraft(next);
    setErrors({});
    setLimitNote("");
    setSource(from);
    say("gp-add-h", fill(next.goodEnough ? t.inFormCheck : t.inFormAdd, next.task));
    focusSoon(next.goodEnough ? "gp-new-task" : "gp-new-goodEnough");
  }

  function addDump(e: Event) {
    e.preventDefault();
    const { items, error } = dumpItems(t, dumpText);
    setDumpError(error ?? "");
    if (error) return focusOn("gp-dump");
    const now = stamp();
    for (const text of items)
      save({ id: newId(), createdAt: now, updatedAt: now, kind: "dump", text, day: today });
    setDumpText("");
    say("gp-dump-h", count(items.length, t.dumpAdded1, t.dumpAddedN));
  }

  /** Carries an unfinished goal over, parks it, or lets it go: always the person's choice. */
  function settle(g: GoalRecord, how: "carry" | "park" | "let-go") {
    const target = carryTarget(g.day, today);
    const there = goals.filter((x) => x.day === target).length;
    if (how === "carry" && there >= limit)
      return say("gp-open-h", fill(t.carryFull, dayName(target), there));
    save(
      how === "carry"
        ? carryOver(g, target, stamp(), newId())
        : how === "park"
          ? parkWholeGoal(g, stamp(), newId())
          : { ...g, status: how, updatedAt: stamp() },
    );
    say(
      "gp-open-h",
      fill(
        how === "carry" ? t.carried : how === "park" ? t.parkedOpen : t.letGone,
        g.task,
        dayName(target),
      ),
    );
    focusSoon("gp-open-h");
  }

  const openItem = (g: GoalRecord, showDay: boolean) => (
    <Item
      key={g.id}
      id={`gp-open-${g.id}`}
      actions={[
        [fill(t.carryTo, dayName(carryTarget(g.day, today))), () => settle(g, "carry")],
        [t.parkOpen, () => settle(g, "park")],
        [t.letGo, () => settle(g, "let-go")],
      ]}
    >
      <strong>{g.task}</strong>
      <span class="muted">
        {" "}
        ({showDay ? `${formatDay(g.day)}, ` : ""}
        {t.status[g.status].toLowerCase()})
      </span>
    </Item>
  );

  return (
    <div class="gp gp-today">
      <StorageNotices store={goalPlanner} />

      {section(
        "gp-day-h",
        rel ? `${rel[0]!.toUpperCase()}${rel.slice(1)}, ${longName}` : longName,
        <nav class="gp-daynav" aria-label={t.days}>
          <Actions
            list={[
              [t.prevDay, () => go(addDays(day, -1))],
              [t.today, () => go(today)],
              [t.nextDay, () => go(addDays(day, 1))],
            ]}
          />
          <span class="gp-field gp-inline">
            <label for="gp-date">{t.goTo}</label>
            <input
              id="gp-date"
              type="date"
              value={day}
              onChange={(e) => {
                const d = dayParam(`day=${e.currentTarget.value}`);
                if (d) go(d);
              }}
            />
          </span>
        </nav>,
        <div class="card gp-setup">
          <div class="gp-field">
            <label for="gp-limit-n">{t.perDay}</label>
            <span id="gp-limit-n-h" class="gp-hint">
              {t.perDayHint}
            </span>
            <select
              id="gp-limit-n"
              aria-describedby="gp-limit-n-h"
              value={limit}
              onChange={(e) => {
                const n = Number(e.currentTarget.value);
                const now = stamp();
                save({
                  id: SETTINGS_ID,
                  kind: "settings",
                  dailyLimit: n,
                  createdAt: settings?.createdAt ?? now,
                  updatedAt: now,
                });
                say("gp-day-h", fill(t.limitNow, count(n, t.goal1, t.goalN)));
              }}
            >
              {Array.from({ length: DAILY_LIMIT_MAX }, (_, i) => (
                <option key={i}>{i + 1}</option>
              ))}
            </select>
          </div>
          <DayTime
            key={day}
            initial={plan?.minutesAvailable}
            onSave={(value) => {
              const now = stamp();
              if (value !== null)
                save({
                  id: dayPlanId(day),
                  kind: "dayplan",
                  day,
                  minutesAvailable: value,
                  createdAt: plan?.createdAt ?? now,
                  updatedAt: now,
                });
              else if (plan) goalPlanner.remove(plan.id);
            }}
          />
          <p class={check.overBudget ? "notice gp-check" : "gp-check"} aria-live="polite">
            {timeMessage(t, check)}
          </p>
        </div>,
      )}

      {section(
        "gp-dump-h",
        t.dumpH,
        <p>{fill(t.dumpIntro, dayName(day))}</p>,
        <form onSubmit={addDump} noValidate>
          <Text
            id="gp-dump"
            label={t.dumpLabel}
            hint={t.dumpHint}
            multiline
            value={dumpText}
            set={setDumpText}
            error={dumpError}
          />
          <button type="submit">{t.dumpAdd}</button>
        </form>,
        dumps.length === 0 ? (
          <p class="muted">{t.dumpEmpty}</p>
        ) : (
          <ul class="gp-list" aria-label={t.dumpList}>
            {dumps.map((d) => (
              <Item
                key={d.id}
                id={`gp-d-${d.id}`}
                actions={[
                  [t.planIt, () => pickUp({ ...EMPTY, task: d.text }, d.id)],
                  [
                    t.remove,
                    () =>
                      askFirst(d.id, t.dumpAsk, fill(t.dumpWhat, d.text), t.yesRemove, () => {
                        goalPlanner.remove(d.id);
                        say("gp-dump-h", t.dumpRemoved);
                        focusSoon("gp-dump-h");
                      }),
                  ],
                ]}
                extra={confirmFor(d.id)}
              >
                {d.text}
              </Item>
            ))}
          </ul>
        ),
      )}

      {section(
        "gp-goals-h",
        fill(t.goalsH, dayName(day), dayGoals.length, limit),
        earlier.length > 0 && (
          <p class="notice">
            {count(earlier.length, t.earlier1, t.earlierN)}
            {t.earlierHow}
            <a href="#gp-open-h">{t.openH}</a>
          </p>
        ),
        dayGoals.length === 0 ? (
          <p class="muted">{t.goalsEmpty}</p>
        ) : (
          <ol class="gp-goals">
            {dayGoals.map((g) => (
              <GoalCard
                key={g.id}
                goal={g}
                from={g.carriedFrom ? byId.get(g.carriedFrom) : undefined}
                confirm={confirmFor(g.id)}
                onStatus={(status) => {
                  save({ ...g, status, updatedAt: stamp() });
                  say("gp-goals-h", fill(t.marked, g.task, t.statusSaid[status]));
                }}
                onSaved={() => say("gp-goals-h", fill(t.changed, g.task))}
                onPark={() => {
                  const { fromGoal: _, ...item } = parkWholeGoal(g, stamp(), newId());
                  save(item);
                  goalPlanner.remove(g.id);
                  say("gp-parked-h", fill(t.parkedOne, g.task));
                  focusSoon("gp-parked-h");
                }}
                onDelete={() =>
                  askFirst(
                    g.id,
                    t.deleteAsk,
                    fill(t.deleteWhat, g.task, dayName(day)),
                    t.yesDelete,
                    () => {
                      goalPlanner.remove(g.id);
                      say("gp-goals-h", fill(t.deleted, g.task));
                      focusSoon("gp-goals-h");
                    },
                  )
                }
              />
            ))}
          </ol>
        ),
        <p class="muted">
          {check.available === null
            ? fill(t.boxes, formatMinutes(check.totalMinutes))
            : fill(t.boxesOf, formatMinutes(check.totalMinutes), formatMinutes(check.available))}
        </p>,
      )}

      {section(
        "gp-add-h",
        source ? t.planH : t.addH,
        dayGoals.length >= limit && !limitNote && <p class="gp-hint">{fill(t.atLimit, limit)}</p>,
        <form class="card gp-form" onSubmit={addGoal} noValidate>
          <GoalFields prefix="gp-new" draft={draft} errors={errors} set={setDraft} />
          {limitNote && (
            <div id="gp-limit" class="notice" tabIndex={-1} role="group" aria-label={t.limitGroup}>
              <p>{limitNote}</p>
              <Actions
                list={[
                  [t.parkIt, parkTheDraft, true],
                  [
                    t.keepEditing,
                    () => {
                      setLimitNote("");
                      focusOn("gp-new-task");
                    },
                  ],
                ]}
              />
            </div>
          )}
          <p class="gp-actions">
            <button type="submit">{t.addGoal}</button>
            {source && (
              <button
                type="button"
                class="secondary"
                onClick={() => (resetForm(), focusOn("gp-add-h"))}
              >
                {t.clear}
              </button>
            )}
          </p>
        </form>,
      )}

      {section(
        "gp-parked-h",
        t.parkedH,
        parked.length === 0 ? (
          <p class="muted">{t.parkedEmpty}</p>
        ) : (
          <ul class="gp-list" aria-label={t.parkedList}>
            {parked.map((p) => {
              const original = p.fromGoal ? byId.get(p.fromGoal) : undefined;
              const stillOpen = original && isOpen(original);
              return (
                <Item
                  key={p.id}
                  id={`gp-p-${p.id}`}
                  actions={[
                    [fill(t.planFor, dayName(day)), () => pickUp(draftFromParked(p), p.id)],
                    [
                      t.remove,
                      () =>
                        askFirst(
                          p.id,
                          t.parkAsk,
                          fill(t.parkWhat, p.task) +
                            (stillOpen ? fill(t.parkWhatOpen, formatDay(original.day)) : ""),
                          t.yesRemove,
                          () => {
                            goalPlanner.remove(p.id);
                            if (stillOpen)
                              save({ ...original, status: "let-go", updatedAt: stamp() });
                            say("gp-parked-h", fill(t.parkRemoved, p.task));
                            focusSoon("gp-parked-h");
                          },
                        ),
                    ],
                  ]}
                  extra={confirmFor(p.id)}
                >
                  <strong>{p.task}</strong>
                  <span class="muted">
                    {p.goodEnough && fill(t.parkedGoodEnough, p.goodEnough)}
                    {p.minutes !== undefined && ` (${formatMinutes(p.minutes)})`}
                    {p.note && fill(t.parkedLettingGo, p.note)}
                  </span>
                </Item>
              );
            })}
          </ul>
        ),
      )}

      {section(
        "gp-reflect-h",
        fill(t.reflectH, dayName(day)),
        <p>
          {fill(reflection ? t.reflectDone : t.reflectNone, dayName(day))}
          {(reflection?.anxiety ?? reflection?.satisfaction) !== undefined &&
            fill(t.reflectScores, reflection!.anxiety ?? "–", reflection!.satisfaction ?? "–")}
        </p>,
        <p>
          <a href={`${worksheetPartPath("goal-planner", "reflect")}?day=${day}`}>{t.reflectLink}</a>
        </p>,
      )}

      {section(
        "gp-open-h",
        t.openH,
        <p>{t.openIntro}</p>,
        open.length === 0 && earlier.length === 0 && (
          <p class="muted">{fill(t.openNone, dayName(day))}</p>
        ),
        open.length > 0 && (
          <ul class="gp-list" aria-label={fill(t.openList, dayName(day))}>
            {open.map((g) => openItem(g, false))}
          </ul>
        ),
        earlier.length > 0 && <h3>{t.earlierH}</h3>,
        earlier.length > 0 && <ul class="gp-list">{earlier.map((g) => openItem(g, true))}</ul>,
      )}
    </div>
  );
}

/** "Time I have today": saved when the person leaves the box, checked first. */
function DayTime({
  initial,
  onSave,
}: {
  initial: number | undefined;
  onSave: (v: number | null) => void;
}) {
  const [text, setText] = useState(initial === undefined ? "" : String(initial));
  const [error, setError] = useState("");
  return (
    <Text
      id="gp-avail"
      label={t.avail}
      hint={t.availHint}
      number={{ min: 0, max: 1440 }}
      value={text}
      set={setText}
      error={error}
      onChange={() => {
        const r = dayMinutes(t, text);
        setError(r.ok ? "" : r.message);
        if (r.ok) onSave(r.value);
      }}
    />
  );
}

function GoalCard({
  goal: g,
  from,
  confirm,
  onStatus,
  onSaved,
  onPark,
  onDelete,
}: {
  goal: GoalRecord;
  from: GoalRecord | undefined;
  confirm: ComponentChildren;
  onStatus: (s: GoalRecord["status"]) => void;
  onSaved: () => void;
  onPark: () => void;
  onDelete: () => void;
}) {
  const [edit, setEdit] = useState<GoalDraft | null>(null);
  const [errors, setErrors] = useState<GoalDraftErrors>({});
  const head = `gp-goal-${g.id}`;
  const prefix = `gp-e-${g.id}`;
  const focusLater = useFocusLater();
  const close = () => {
    setEdit(null);
    setErrors({});
    focusLater(head);
  };
  return (
    <li class={`card gp-goal is-${g.status}`}>
      <h3 id={head} tabIndex={-1}>
        {g.task}
      </h3>
      {from && <p class="muted">{fill(t.carriedFrom, formatDay(from.day))}</p>}
      {edit ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const found = draftErrors(t, edit);
            setErrors(found);
            if (focusError(prefix, found)) return;
            const next = createGoal(edit, g.day, g.updatedAt, g.id);
            save({
              ...g,
              ...next,
              minutes: next.minutes,
              lettingGo: next.lettingGo,
              createdAt: g.createdAt,
              updatedAt: stamp(),
              status: g.status,
            });
            onSaved();
            close();
          }}
        >
          <GoalFields prefix={prefix} draft={edit} errors={errors} set={setEdit} />
          <p class="gp-actions">
            <button type="submit">{t.saveChanges}</button>
            <button type="button" class="secondary" onClick={close}>
              {t.cancel}
            </button>
          </p>
        </form>
      ) : (
        <>
          <dl class="gp-facts">
            <dt>{t.goodEnoughIs}</dt>
            <dd>{g.goodEnough}</dd>
            {g.minutes !== undefined && (
              <>
                <dt>{t.timeBox}</dt>
                <dd>{formatMinutes(g.minutes)}</dd>
              </>
            )}
            {g.lettingGo && (
              <>
                <dt>{t.lettingGoOf}</dt>
                <dd>{g.lettingGo}</dd>
              </>
            )}
          </dl>
          <fieldset class="gp-states">
            <legend>
              {t.stands}
              <span class="visually-hidden">: {g.task}</span>
            </legend>
            {GOAL_STATUSES.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name={`gp-s-${g.id}`}
                  checked={g.status === s}
                  onChange={() => onStatus(s)}
                />{" "}
                {t.status[s]}
              </label>
            ))}
          </fieldset>
          {g.minutes !== undefined && <Timer minutes={g.minutes} task={g.task} about={head} />}
          <Actions
            about={head}
            list={[
              [
                t.edit,
                () => {
                  setEdit({
                    task: g.task,
                    goodEnough: g.goodEnough,
                    minutes: g.minutes === undefined ? "" : String(g.minutes),
                    lettingGo: g.lettingGo ?? "",
                  });
                  focusLater(`${prefix}-task`);
                },
              ],
              g.status === "planned" && [t.parkFor, onPark],
              [t.del, onDelete],
            ]}
          />
          {confirm}
        </>
      )}
    </li>
  );
}
