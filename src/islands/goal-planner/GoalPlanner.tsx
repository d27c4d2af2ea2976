import { useStore } from "../shared/use-store";
import { useEffect, useRef, useState } from "preact/hooks";
import { goalPlanner } from "../../stores/goal-planner";
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
} from "../../schemas/stored/goal-planner";
import {
  canAddGoal,
  carryOver,
  clampDailyLimit,
  createGoal,
  DAILY_LIMIT_MAX,
  DEFAULT_DAILY_LIMIT,
  formatMinutes,
  GOAL_STATUSES,
  historyDays,
  realisticCheck,
  statusLabel,
  unfinishedGoals,
  validateGoalDraft,
  weekSummary,
  type GoalDraft,
  type GoalDraftErrors,
  type GoalStatus,
} from "../../lib/goal-planner/day";
import {
  carryTarget,
  draftFromParked,
  openFromEarlier,
  parkDraft,
  parkDraftErrors,
  parkWholeGoal,
  parseDayMinutes,
  reflectionHasContent,
  relativeDay,
  splitDump,
  summaryLine,
  validateReflection,
  type ReflectionDraft,
} from "../../lib/goal-planner/plan";
import { addDays, formatDay, localDay, weekOf } from "../../lib/dates";
import { newId } from "../../lib/ids";
import { buildExport, exportFileName } from "../../lib/storage/export";
import { StorageNotices } from "../shared/StorageNotices";
import { BarChart } from "../shared/BarChart";
import { downloadText } from "../shared/download";
import {
  Actions,
  Confirm,
  Item,
  fieldId,
  FIELDS,
  focusId,
  GoalFields,
  Say,
  Scale,
  Section,
  Text,
  Timer,
  type Ask,
} from "./parts";
import "./goal-planner.css";

const stamp = () => new Date().toISOString();
const LONG: Intl.DateTimeFormatOptions = {
  weekday: "long",
  month: "long",
  day: "numeric",
  year: "numeric",
};
const EMPTY: GoalDraft = { task: "", goodEnough: "", minutes: "", lettingGo: "" };

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

function exportMine() {
  const now = new Date();
  downloadText(
    exportFileName(now, "goal-planner"),
    JSON.stringify(buildExport({ "goal-planner": goalPlanner.$value.get() }, now), null, 2),
  );
}

/** Prints one view: the day's clean plan ("record") or the paper copy ("blank"). */
function printAs(kind: "record" | "blank", block?: HTMLElement | null) {
  const root = document.documentElement;
  root.dataset.print = kind;
  block?.classList.add("is-chosen");
  addEventListener(
    "afterprint",
    () => {
      delete root.dataset.print;
      block?.classList.remove("is-chosen");
    },
    { once: true },
  );
  window.print();
}

const KIND_WORDS: Record<GoalStatus, string> = {
  planned: "Back to planned.",
  done: "Done: good enough. Stopping at your finish line is the skill you are practicing.",
  partly: "Partly done. Some progress still counts.",
  "let-go": "Let go, on purpose. Choosing what not to do is a skill too.",
};

export default function GoalPlanner() {
  const records = useStore(goalPlanner.$records);
  const [picked, setPicked] = useState<string | null>(null);
  const [said, setSaid] = useState({ at: "", text: "" });
  const [ask, setAsk] = useState<Ask | null>(null);
  const [draft, setDraft] = useState<GoalDraft>(EMPTY);
  const [errors, setErrors] = useState<GoalDraftErrors>({});
  const [source, setSource] = useState<{ kind: "dump" | "parked"; id: string } | null>(null);
  const [limitNote, setLimitNote] = useState("");
  const [dumpText, setDumpText] = useState("");
  const [dumpError, setDumpError] = useState("");
  const [allDays, setAllDays] = useState(false);
  const [, setTick] = useState(0);
  const pendingFocus = useRef<string | null>(null);
  const printBlock = useRef<HTMLElement>(null);

  // A new calendar day may have begun while the page was open.
  useEffect(() => {
    const wake = () => setTick((n) => n + 1);
    addEventListener("focus", wake);
    document.addEventListener("visibilitychange", wake);
    return () => {
      removeEventListener("focus", wake);
      document.removeEventListener("visibilitychange", wake);
    };
  }, []);

  useEffect(() => {
    if (pendingFocus.current) focusId(pendingFocus.current);
    pendingFocus.current = null;
  });
  const focusSoon = (id: string) => {
    pendingFocus.current = id;
    setTick((n) => n + 1);
  };
  const say = (at: string, text: string) => setSaid({ at, text });
  const sayHere = (at: string) => <Say text={said.at === at ? said.text : ""} />;

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
  const limit = clampDailyLimit(settings?.dailyLimit ?? DEFAULT_DAILY_LIMIT);
  const dayGoals = goals.filter((g) => g.day === day);
  const plan = plans.get(day);
  const check = realisticCheck(dayGoals, plan?.minutesAvailable);
  const reflection = reflections.find((r) => r.id === reflectionId(day));
  const byId = new Map(goals.map((g) => [g.id, g]));

  const go = (d: string, focusHeading = false) => {
    setPicked(d === today ? null : d);
    say("day", `Showing ${relativeDay(d, today) ?? formatDay(d, "en-US", LONG)}.`);
    if (focusHeading) focusSoon("gp-day-h");
  };

  const askFirst = (a: Omit<Ask, "back">) =>
    setAsk({ ...a, back: document.activeElement as HTMLElement | null });
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
    setSource(null);
    setLimitNote("");
  };

  function addGoal(e: Event) {
    e.preventDefault();
    const room = canAddGoal(dayGoals.length, limit);
    if (!room.ok) {
      setLimitNote(room.message);
      focusSoon("gp-limit");
      return;
    }
    const found = validateGoalDraft(draft);
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
    if (first) return focusId(fieldId("gp-new", first));
    const goal = createGoal(draft, day, stamp(), newId());
    const from = source?.kind === "parked" ? parked.find((p) => p.id === source.id) : undefined;
    if (from?.fromGoal) goal.carriedFrom = from.fromGoal;
    if (!save(goal)) return say("form", "That goal could not be saved. Please check each box.");
    if (source) goalPlanner.remove(source.id);
    resetForm();
    say("goals", `Added “${goal.task}” to ${dayName(day)}.`);
    focusSoon(`gp-goal-${goal.id}`);
  }

  function parkTheDraft() {
    const found = parkDraftErrors(draft);
    const first = FIELDS.find((f) => found[f]);
    if (first) {
      setErrors(found);
      return focusId(fieldId("gp-new", first));
    }
    const task = draft.task.trim();
    if (source?.kind !== "parked") {
      if (!save(parkDraft(draft, stamp(), newId())))
        return say("form", "That could not be parked. Please check each box.");
      if (source) goalPlanner.remove(source.id);
    }
    resetForm();
    say("parked", `Parked “${task}” for another day.`);
    focusSoon("gp-parked-h");
  }

  function pickUp(nextDraft: GoalDraft, from: { kind: "dump" | "parked"; id: string }) {
    setDraft(nextDraft);
    setErrors({});
    setLimitNote("");
    setSource(from);
    say(
      "form",
      `“${nextDraft.task}” is in the goal form. ${nextDraft.goodEnough ? "Check its finish line, then add it." : "Add a finish line, then add it."}`,
    );
    focusSoon(fieldId("gp-new", nextDraft.goodEnough ? "task" : "goodEnough"));
  }

  function addDump(e: Event) {
    e.preventDefault();
    const { items, error } = splitDump(dumpText);
    setDumpError(error ?? "");
    if (error) return focusId("gp-dump");
    const now = stamp();
    for (const text of items)
      save({ id: newId(), createdAt: now, updatedAt: now, kind: "dump", text, day: today });
    setDumpText("");
    say(
      "dump",
      items.length === 1
        ? "Added 1 thing to your list."
        : `Added ${items.length} things to your list.`,
    );
  }

  function carry(g: GoalRecord) {
    const target = carryTarget(g.day, today);
    const there = goals.filter((x) => x.day === target).length;
    if (!canAddGoal(there, limit).ok) {
      return say(
        "open",
        `${dayName(target)} already has ${there} goals, which is your limit. You could park this one instead, or let it go.`,
      );
    }
    save(carryOver(g, target, stamp(), newId()));
    say("open", `Carried “${g.task}” over to ${dayName(target)}.`);
    focusSoon("gp-open-h");
  }

  function parkOpen(g: GoalRecord) {
    save(parkWholeGoal(g, stamp(), newId()));
    say("open", `Parked “${g.task}” for another day. It is on your park list.`);
    focusSoon("gp-open-h");
  }

  function letGo(g: GoalRecord) {
    save({ ...g, status: "let-go", updatedAt: stamp() });
    say("open", `Let “${g.task}” go, on purpose.`);
    focusSoon("gp-open-h");
  }

  const open = unfinishedGoals(goals, parked).filter((g) => g.day === day);
  const earlier = day === today ? openFromEarlier(goals, parked, today) : [];
  const week = weekOf(day);
  const weekRows = weekSummary(week, goals, reflections);
  const days = historyDays(goals, reflections);
  const history = weekSummary(days, goals, reflections);
  const reflected = new Set(reflections.map((r) => r.day));
  const longName = formatDay(day, "en-US", LONG);

  const openItem = (g: GoalRecord, showDay: boolean) => (
    <Item
      key={g.id}
      id={`gp-open-${g.id}`}
      actions={[
        [`Carry over to ${dayName(carryTarget(g.day, today))}`, () => carry(g)],
        ["Park it", () => parkOpen(g)],
        ["Let it go", () => letGo(g)],
      ]}
    >
      <strong>{g.task}</strong>
      <span class="muted">
        {" "}
        ({showDay ? `${formatDay(g.day)}, ` : ""}
        {statusLabel(g.status).toLowerCase()})
      </span>
    </Item>
  );

  return (
    <div class="gp">
      <StorageNotices worksheet="goal-planner" onExport={exportMine} />

      <Section
        id="gp-day-h"
        title={rel ? `${rel[0]!.toUpperCase()}${rel.slice(1)}, ${longName}` : longName}
      >
        <nav class="gp-daynav" aria-label="Days">
          <Actions
            list={[
              ["Previous day", () => go(addDays(day, -1))],
              ["Today", () => go(today)],
              ["Next day", () => go(addDays(day, 1))],
            ]}
          />
          <span class="gp-field gp-inline">
            <label for="gp-date">Go to a date</label>
            <input
              id="gp-date"
              type="date"
              value={day}
              onChange={(e) => {
                const d = e.currentTarget.value;
                if (/^\d{4}-\d{2}-\d{2}$/.test(d)) go(d);
              }}
            />
          </span>
        </nav>
        {sayHere("day")}
        <div class="card gp-setup">
          <div class="gp-field">
            <label for="gp-limit-n">Goals a day</label>
            <span id="gp-limit-n-h" class="gp-hint">
              Three is a good start. Fewer is fine too.
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
                say("day", `Your limit is now ${n} ${n === 1 ? "goal" : "goals"} a day.`);
              }}
            >
              {Array.from({ length: DAILY_LIMIT_MAX }, (_, i) => (
                <option key={i} value={i + 1}>
                  {i + 1}
                </option>
              ))}
            </select>
          </div>
          <DayTime
            key={day}
            initial={plan?.minutesAvailable}
            onSave={(value) => {
              if (value === null) {
                if (plan) goalPlanner.remove(plan.id);
                return;
              }
              const now = stamp();
              save({
                id: dayPlanId(day),
                kind: "dayplan",
                day,
                minutesAvailable: value,
                createdAt: plan?.createdAt ?? now,
                updatedAt: now,
              });
            }}
          />
          <p class={check.overBudget ? "notice gp-check" : "gp-check"} aria-live="polite">
            {check.message}
          </p>
        </div>
      </Section>

      <Section id="gp-dump-h" title="Brain dump">
        <p>
          Get everything out of your head, one thing per line, as long as the list needs to be.
          Nothing on it is a promise. Then pick a few things for {dayName(day)}.
        </p>
        <form onSubmit={addDump} noValidate>
          <Text
            id="gp-dump"
            label="What's on your mind?"
            hint="One thing per line."
            multiline
            value={dumpText}
            set={setDumpText}
            error={dumpError}
          />
          <button type="submit">Add to my list</button>
        </form>
        {sayHere("dump")}
        {dumps.length === 0 ? (
          <p class="muted">Your list is empty.</p>
        ) : (
          <ul class="gp-list" aria-label="My brain dump">
            {dumps.map((d) => (
              <Item
                key={d.id}
                id={`gp-d-${d.id}`}
                actions={[
                  ["Plan it", () => pickUp({ ...EMPTY, task: d.text }, { kind: "dump", id: d.id })],
                  [
                    "Remove",
                    () =>
                      askFirst({
                        key: d.id,
                        title: "Take this off your list?",
                        what: `“${d.text}” will be removed from your brain dump.`,
                        yes: "Yes, remove it",
                        run: () => {
                          goalPlanner.remove(d.id);
                          say("dump", "Removed from your list.");
                          focusSoon("gp-dump-h");
                        },
                      }),
                  ],
                ]}
                extra={confirmFor(d.id)}
              >
                {d.text}
              </Item>
            ))}
          </ul>
        )}
      </Section>

      <Section id="gp-goals-h" title={`Goals for ${dayName(day)} (${dayGoals.length} of ${limit})`}>
        {earlier.length > 0 && (
          <p class="notice">
            {earlier.length === 1 ? "One goal" : `${earlier.length} goals`} from earlier days{" "}
            {earlier.length === 1 ? "is" : "are"} still open. Nothing moves by itself: you choose
            what happens to each, under <a href="#gp-open-h">Anything unfinished?</a>
          </p>
        )}
        {dayGoals.length === 0 ? (
          <p class="muted">
            No goals for this day yet. Add one below, or plan something from your brain dump.
          </p>
        ) : (
          <ol class="gp-goals">
            {dayGoals.map((g) => (
              <GoalCard
                key={g.id}
                goal={g}
                from={g.carriedFrom ? byId.get(g.carriedFrom) : undefined}
                confirm={confirmFor(g.id)}
                onStatus={(s) => {
                  save({ ...g, status: s, updatedAt: stamp() });
                  say("goals", `“${g.task}”: ${KIND_WORDS[s]}`);
                }}
                onSaved={() => say("goals", `Saved your changes to “${g.task}”.`)}
                onPark={() => {
                  const { fromGoal: _, ...item } = parkWholeGoal(g, stamp(), newId());
                  save(item);
                  goalPlanner.remove(g.id);
                  say("parked", `Parked “${g.task}” for another day.`);
                  focusSoon("gp-parked-h");
                }}
                onDelete={() =>
                  askFirst({
                    key: g.id,
                    title: "Delete this goal?",
                    what: `“${g.task}” will be deleted from ${dayName(day)}. This can't be undone.`,
                    yes: "Yes, delete it",
                    run: () => {
                      goalPlanner.remove(g.id);
                      say("goals", `Deleted “${g.task}”.`);
                      focusSoon("gp-goals-h");
                    },
                  })
                }
              />
            ))}
          </ol>
        )}
        {sayHere("goals")}
        <p class="muted">
          Time boxes so far: {formatMinutes(check.totalMinutes)}
          {check.available !== null ? ` of ${formatMinutes(check.available)}` : ""}.
        </p>
      </Section>

      <Section id="gp-add-h" title={source ? "Plan this as a goal" : "Add a goal"}>
        {dayGoals.length >= limit && !limitNote && (
          <p class="gp-hint">
            You have reached your limit of {limit} for this day. You can still write one down and
            park it for another day.
          </p>
        )}
        <form class="card gp-form" onSubmit={addGoal} noValidate>
          <GoalFields prefix="gp-new" draft={draft} errors={errors} set={setDraft} />
          {limitNote && (
            <div
              id="gp-limit"
              class="notice"
              tabIndex={-1}
              role="group"
              aria-label="About your daily limit"
            >
              <p>{limitNote}</p>
              <Actions
                list={[
                  ["Park it for another day", parkTheDraft, true],
                  [
                    "Keep editing",
                    () => {
                      setLimitNote("");
                      focusId(fieldId("gp-new", "task"));
                    },
                  ],
                ]}
              />
            </div>
          )}
          <p class="gp-actions">
            <button type="submit">Add goal</button>
            {source && (
              <button
                type="button"
                class="secondary"
                onClick={() => (resetForm(), focusId("gp-add-h"))}
              >
                Clear the form
              </button>
            )}
          </p>
          {sayHere("form")}
        </form>
      </Section>

      <Section id="gp-parked-h" title="Parked for another day">
        {parked.length === 0 ? (
          <p class="muted">Nothing parked. Things you park wait here, with no date attached.</p>
        ) : (
          <ul class="gp-list" aria-label="Parked">
            {parked.map((p) => {
              const original = p.fromGoal ? byId.get(p.fromGoal) : undefined;
              const stillOpen =
                original && (original.status === "planned" || original.status === "partly");
              return (
                <Item
                  key={p.id}
                  id={`gp-p-${p.id}`}
                  actions={[
                    [
                      `Plan it for ${dayName(day)}`,
                      () => pickUp(draftFromParked(p), { kind: "parked", id: p.id }),
                    ],
                    [
                      "Remove",
                      () =>
                        askFirst({
                          key: p.id,
                          title: "Take this off the park list?",
                          what:
                            `“${p.task}” will be removed from the park list.` +
                            (stillOpen
                              ? ` Its goal on ${formatDay(original.day)} will count as let go, on purpose.`
                              : ""),
                          yes: "Yes, remove it",
                          run: () => {
                            goalPlanner.remove(p.id);
                            if (stillOpen)
                              save({ ...original, status: "let-go", updatedAt: stamp() });
                            say("parked", `Removed “${p.task}” from the park list.`);
                            focusSoon("gp-parked-h");
                          },
                        }),
                    ],
                  ]}
                  extra={confirmFor(p.id)}
                >
                  <strong>{p.task}</strong>
                  {p.goodEnough && <span class="muted"> Good enough: {p.goodEnough}</span>}
                  {p.minutes !== undefined && (
                    <span class="muted"> ({formatMinutes(p.minutes)})</span>
                  )}
                  {p.note && <span class="muted"> Letting go of: {p.note}</span>}
                </Item>
              );
            })}
          </ul>
        )}
        {sayHere("parked")}
      </Section>

      <Section id="gp-reflect-h" title={`End-of-day reflection for ${dayName(day)}`}>
        <Reflection
          key={day}
          day={day}
          existing={reflection}
          onSaved={(text) => say("reflect", text)}
        />
        {sayHere("reflect")}
      </Section>

      <Section id="gp-open-h" title="Anything unfinished?">
        <p>
          At the end of the day, or whenever you are ready. Nothing moves by itself: for each goal
          still open, you choose to carry it over, park it for another day, or let it go.
        </p>
        {open.length === 0 && earlier.length === 0 ? (
          <p class="muted">Nothing is open for {dayName(day)}.</p>
        ) : (
          <>
            {open.length > 0 && (
              <ul class="gp-list" aria-label={`Open from ${dayName(day)}`}>
                {open.map((g) => openItem(g, false))}
              </ul>
            )}
            {earlier.length > 0 && (
              <>
                <h3>Still open from earlier days</h3>
                <ul class="gp-list">{earlier.map((g) => openItem(g, true))}</ul>
              </>
            )}
          </>
        )}
        {sayHere("open")}
      </Section>

      <Section
        id="gp-week-h"
        title={`The week of ${formatDay(week[0]!, "en-US", { month: "long", day: "numeric" })}`}
      >
        <Actions
          list={[
            ["Previous week", () => go(addDays(day, -7))],
            ["Next week", () => go(addDays(day, 7))],
          ]}
        />
        <BarChart
          id="gp-week-goals"
          title="Goals set and done: good enough"
          description="For each day, how many goals you set, and how many you finished as good enough."
          categoryLabel="Day"
          orientation="horizontal"
          categories={week.map((d) => formatDay(d))}
          series={[
            { name: "Goals set", values: weekRows.map((r) => (r.set ? r.set : null)), tone: 3 },
            {
              name: "Done: good enough",
              values: weekRows.map((r) => (r.set ? r.goodEnough : null)),
              tone: 1,
            },
          ]}
          max={Math.max(DAILY_LIMIT_MAX, ...weekRows.map((r) => r.set))}
        />
        <BarChart
          id="gp-week-feel"
          title="Anxiety and satisfaction"
          description="From your end-of-day reflections, each from 0 to 10. A dash means no rating that day."
          categoryLabel="Day"
          orientation="horizontal"
          categories={week.map((d) => formatDay(d))}
          series={[
            { name: "Anxiety", values: weekRows.map((r) => r.anxiety), tone: 2 },
            { name: "Satisfaction", values: weekRows.map((r) => r.satisfaction), tone: 1 },
          ]}
          max={10}
        />
      </Section>

      <Section id="gp-history-h" title="History">
        {history.length === 0 ? (
          <p class="muted">Days you plan or reflect on will be listed here.</p>
        ) : (
          <>
            <p>Every day with goals or a reflection, newest first. Choose one to open it.</p>
            <ul class="gp-list">
              {history.slice(0, allDays ? undefined : 10).map((s) => (
                <li key={s.day} class="gp-item">
                  <button
                    type="button"
                    class="gp-link"
                    aria-current={s.day === day ? "date" : undefined}
                    onClick={() => go(s.day, true)}
                  >
                    {formatDay(s.day, "en-US", LONG)}
                    {relativeDay(s.day, today) ? ` (${relativeDay(s.day, today)})` : ""}
                  </button>
                  <span class="muted">{summaryLine(s, reflected.has(s.day))}</span>
                </li>
              ))}
            </ul>
            <Actions
              list={[
                history.length > 10 && [
                  allDays ? "Show fewer days" : `Show all ${history.length} days`,
                  () => setAllDays(!allDays),
                ],
              ]}
            />
          </>
        )}
      </Section>

      <Section id="gp-print-h" title="Print">
        <p>Print this day as a one-page plan, or print a blank copy to fill in on paper.</p>
        <Actions
          list={[
            ["Print this day", () => printAs("record", printBlock.current), true],
            ["Print a blank copy", () => printAs("blank")],
          ]}
        />
      </Section>

      <PrintDay
        ref_={printBlock}
        name={longName}
        goals={dayGoals}
        available={check.available}
        total={check.totalMinutes}
        reflection={reflection}
      />
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
      label="Time I have for goals on this day, in minutes"
      hint="For example, 120 for two hours. Leave it empty if you are not sure."
      number={{ min: 0, max: 1440 }}
      value={text}
      set={setText}
      error={error}
      onChange={() => {
        const r = parseDayMinutes(text);
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
  confirm: preact.ComponentChildren;
  onStatus: (s: GoalStatus) => void;
  onSaved: () => void;
  onPark: () => void;
  onDelete: () => void;
}) {
  const [edit, setEdit] = useState<GoalDraft | null>(null);
  const [errors, setErrors] = useState<GoalDraftErrors>({});
  const head = `gp-goal-${g.id}`;
  const prefix = `gp-e-${g.id}`;
  const close = () => {
    setEdit(null);
    setErrors({});
    setTimeout(() => focusId(head));
  };
  return (
    <li class={`card gp-goal is-${g.status}`}>
      <h3 id={head} tabIndex={-1}>
        {g.task}
      </h3>
      {from && <p class="muted">Carried over from {formatDay(from.day)}.</p>}
      {edit ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const found = validateGoalDraft(edit);
            setErrors(found);
            const first = FIELDS.find((f) => found[f]);
            if (first) return focusId(fieldId(prefix, first));
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
            <button type="submit">Save changes</button>
            <button type="button" class="secondary" onClick={close}>
              Cancel
            </button>
          </p>
        </form>
      ) : (
        <>
          <dl class="gp-facts">
            <dt>Good enough looks like</dt>
            <dd>{g.goodEnough}</dd>
            {g.minutes !== undefined && (
              <>
                <dt>Time box</dt>
                <dd>{formatMinutes(g.minutes)}</dd>
              </>
            )}
            {g.lettingGo && (
              <>
                <dt>Letting go of</dt>
                <dd>{g.lettingGo}</dd>
              </>
            )}
          </dl>
          <fieldset class="gp-states">
            <legend>
              Where it stands<span class="visually-hidden">: {g.task}</span>
            </legend>
            {GOAL_STATUSES.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name={`gp-s-${g.id}`}
                  checked={g.status === s}
                  onChange={() => onStatus(s)}
                />{" "}
                {statusLabel(s)}
              </label>
            ))}
          </fieldset>
          {g.minutes !== undefined && <Timer minutes={g.minutes} task={g.task} about={head} />}
          <Actions
            about={head}
            list={[
              [
                "Edit",
                () => {
                  setEdit({
                    task: g.task,
                    goodEnough: g.goodEnough,
                    minutes: g.minutes === undefined ? "" : String(g.minutes),
                    lettingGo: g.lettingGo ?? "",
                  });
                  setTimeout(() => focusId(fieldId(prefix, "task")));
                },
              ],
              g.status === "planned" && ["Park for another day", onPark],
              ["Delete", onDelete],
            ]}
          />
          {confirm}
        </>
      )}
    </li>
  );
}

function Reflection({
  day,
  existing,
  onSaved,
}: {
  day: string;
  existing: ReflectionRecord | undefined;
  onSaved: (text: string) => void;
}) {
  const [d, setD] = useState<ReflectionDraft>({
    stoppedAtGoodEnough: existing?.stoppedAtGoodEnough ?? "",
    predictedVsActual: existing?.predictedVsActual ?? "",
    anxiety: existing?.anxiety,
    satisfaction: existing?.satisfaction,
  });
  const [errors, setErrors] = useState<ReturnType<typeof validateReflection>>({});
  return (
    <form
      class="card gp-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const found = validateReflection(d);
        setErrors(found);
        const first = (["stoppedAtGoodEnough", "predictedVsActual"] as const).find((f) => found[f]);
        if (first) return focusId(`gp-r-${first}`);
        if (!reflectionHasContent(d) && !existing)
          return onSaved("Write or rate something first; every part is optional.");
        const now = stamp();
        const text = (s: string) => s.trim() || undefined;
        save({
          id: reflectionId(day),
          kind: "reflection",
          day,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
          stoppedAtGoodEnough: text(d.stoppedAtGoodEnough),
          predictedVsActual: text(d.predictedVsActual),
          anxiety: d.anxiety,
          satisfaction: d.satisfaction,
        });
        onSaved("Reflection saved. Thank you for taking a moment with it.");
      }}
    >
      <p>A few minutes at the end of the day. Short answers are fine.</p>
      <Text
        id="gp-r-stoppedAtGoodEnough"
        label="What happened when I stopped at good enough?"
        multiline
        value={d.stoppedAtGoodEnough}
        set={(value) => setD({ ...d, stoppedAtGoodEnough: value })}
        error={errors.stoppedAtGoodEnough}
      />
      <Text
        id="gp-r-predictedVsActual"
        label="What did perfectionism predict, and what actually happened?"
        multiline
        value={d.predictedVsActual}
        set={(value) => setD({ ...d, predictedVsActual: value })}
        error={errors.predictedVsActual}
      />
      <Scale
        id="gp-r-anxiety"
        legend="Anxiety now"
        hint="0 means none at all, 10 the most you can imagine."
        value={d.anxiety}
        set={(n) => setD({ ...d, anxiety: n })}
      />
      <Scale
        id="gp-r-satisfaction"
        legend="Satisfaction with the day"
        hint="0 means none at all, 10 completely satisfied."
        value={d.satisfaction}
        set={(n) => setD({ ...d, satisfaction: n })}
      />
      <button type="submit">Save reflection</button>
    </form>
  );
}

/** The day as a clean plan for paper: shown only when printing. */
function PrintDay({
  ref_,
  name,
  goals,
  available,
  total,
  reflection: r,
}: {
  ref_: preact.RefObject<HTMLElement>;
  name: string;
  goals: GoalRecord[];
  available: number | null;
  total: number;
  reflection: ReflectionRecord | undefined;
}) {
  const line = (label: string, value: string | number | undefined) =>
    value !== undefined && value !== "" ? (
      <p>
        <strong>{label}:</strong> {value}
      </p>
    ) : null;
  return (
    <section class="gp-print" ref={ref_}>
      <h2>Plan for {name}</h2>
      <p>
        {available !== null ? `Time I have: ${formatMinutes(available)}. ` : ""}
        Time boxes: {formatMinutes(total)}.
      </p>
      {goals.length === 0 ? (
        <p>No goals were set for this day.</p>
      ) : (
        goals.map((g, i) => (
          <div key={g.id} class="gp-print-goal">
            <h3>
              {i + 1}. {g.task}
            </h3>
            {line("Good enough looks like", g.goodEnough)}
            {line("Time box", g.minutes === undefined ? undefined : formatMinutes(g.minutes))}
            {line("Letting go of", g.lettingGo)}
            {line("Where it stands", statusLabel(g.status))}
          </div>
        ))
      )}
      {r && (
        <>
          <h3>End-of-day reflection</h3>
          {line("What happened when I stopped at good enough", r.stoppedAtGoodEnough)}
          {line("What perfectionism predicted, and what happened", r.predictedVsActual)}
          {line("Anxiety now (0–10)", r.anxiety)}
          {line("Satisfaction (0–10)", r.satisfaction)}
        </>
      )}
    </section>
  );
}
