import { useEffect, useState } from "preact/hooks";
import type { Words } from "../../engine/core/words";
import { useStore } from "../../engine/core/use-store";
import { localDay } from "../../engine/core/dates";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { useFocusLater } from "../../engine/core/focus";
import { useConfirm } from "../../engine/core/Confirm";
import { goalPlanner } from "./store";
import { $index } from "./actions";
import { dayName, dayParam, sayer } from "./days";
import { dayView } from "./view";
import { EMPTY_FORM, type Page } from "./Section";
import { DaySection } from "./TodayDay";
import { DumpSection } from "./TodayDump";
import { GoalsSection } from "./TodayGoals";
import { AddSection } from "./TodayAdd";
import { ParkedSection } from "./TodayParked";
import { OpenSection, ReflectSection } from "./TodayOpen";
import "./goal-planner.css";

/**
 * The goal planner's "today" page: one day's brain dump, goals, time check,
 * park list, a summary of the reflection and unfinished goals. The week chart and the history
 * are on /worksheets/goal-planner/week/, which links back here with ?day=, and
 * the end-of-day reflection is written on /worksheets/goal-planner/reflect/,
 * and the printable plan is on /worksheets/goal-planner/print/.
 * All wording comes from the page as the `words` prop (words/<locale>.json).
 */
export default function GoalPlanner(props: { words: Words; locale: string }) {
  const w = sayer(props.words, props.locale);
  const ix = useStore($index);
  const [picked, setPicked] = useState(() => dayParam(location.search));
  /** The latest status message, and the id of the section it belongs to. */
  const [said, setSaid] = useState(["", ""]);
  /** The goal form, which the brain dump and the park list can fill. */
  const [formState, setForm] = useState(EMPTY_FORM);
  const [, setTick] = useState(0);
  const focusLater = useFocusLater();
  const confirm = useConfirm(focusLater, "gp-confirm", {
    box: "gp-confirm",
    actions: "ws-actions",
  });

  // A new calendar day may have begun while the page was open. The island
  // lives as long as the page, so these listeners need no removing.
  // ("visibilitychange" bubbles from the document to the window.)
  useEffect(() => {
    for (const e of ["focus", "visibilitychange"]) addEventListener(e, () => setTick((n) => n + 1));
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

  const today = localDay(new Date());
  const day = picked ?? today;
  const page: Page = {
    w,
    ix,
    day,
    today,
    view: dayView(ix, day, today),
    form: {
      ...formState,
      set: (change) => setForm((old) => ({ ...old, ...change })),
    },
    name: (d) => dayName(w, d, today),
    said,
    say: (at, text) => setSaid([at, text]),
    focusSoon(id) {
      focusLater(id);
      setTick((n) => n + 1);
    },
    ask: confirm.ask,
  };

  return (
    <div class="gp gp-today">
      <StorageNotices store={goalPlanner} />
      <DaySection page={page} go={showDay} />
      <DumpSection page={page} />
      <GoalsSection page={page} />
      <AddSection page={page} />
      <ParkedSection page={page} />
      <ReflectSection page={page} />
      <OpenSection page={page} />
      {confirm.box}
    </div>
  );
}
