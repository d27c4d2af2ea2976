import { describe, expect, it } from "vitest";
import { localDayIn } from "../../../support/zone";
import { summaryText, weekSummary } from "../../../../src/worksheets/goal-planner/week";

/** One line for the history list, in the week page's words. */
const summaryLine = (s: Parameters<typeof summaryText>[1], reflected: boolean) =>
  summaryText(w, s, reflected);
import {
  carryTarget,
  draftFromParked,
  formatCountdown,
  openFromEarlier,
  parkDraft,
  parkErrors,
  parkWholeGoal,
  dayMinutes,
  relativeDay,
  secondsLeft,
  timerState,
  dumpItems,
} from "../../../../src/worksheets/goal-planner/plan";
import {
  reflectionErrors,
  reflectionHasContent,
} from "../../../../src/worksheets/goal-planner/reflect";
import { w } from "./say";
import {
  canAddGoal,
  carryOver,
  createGoal,
  TEXT_MAX,
} from "../../../../src/worksheets/goal-planner/day";
import type { GoalRecord } from "../../../../src/worksheets/goal-planner/schema";
import { goalPlanner } from "../../../../src/worksheets/goal-planner/store";

/** True when the stored shape accepts the record, as it will be written (JSON). */
const storable = (record: object) =>
  goalPlanner.codec.fromUnknown({
    version: goalPlanner.codec.version,
    records: [JSON.parse(JSON.stringify(record))],
  }).ok;

const T0 = "2026-11-26T09:00:00.000Z";
/** A built record as the store would save it, with this id and T0 as its times. */
const saved = <R extends object>(r: R, id: string) => ({ ...r, id, createdAt: T0, updatedAt: T0 });
let seq = 0;
const goal = (over: Partial<GoalRecord> = {}): GoalRecord => ({
  id: `g${++seq}`,
  createdAt: T0,
  updatedAt: T0,
  kind: "goal",
  day: "2026-11-26",
  task: `Task ${seq}`,
  goodEnough: "One read-through, then send.",
  status: "planned",
  ...over,
});

describe("brain dump", () => {
  it("makes one item per non-empty line, trimmed, in order", () => {
    expect(dumpItems(w, "  Call the dentist \n\n\r\nReply to Sam\n   \nBuy milk")).toEqual({
      items: ["Call the dentist", "Reply to Sam", "Buy milk"],
      error: null,
    });
  });

  it("asks for at least one thing when the box is empty", () => {
    expect(dumpItems(w, " \n \n").error).toMatch(/at least one thing/);
  });

  it("says when one line is past the cap, and cuts nothing", () => {
    const long = "x".repeat(TEXT_MAX + 3);
    const result = dumpItems(w, `short\n${long}`);
    expect(result.error).toContain("2,003 now");
    expect(result.error).toContain("Nothing has been cut");
    expect(result.items[1]).toHaveLength(TEXT_MAX + 3);
  });

  it("accepts a line exactly at the cap", () => {
    expect(dumpItems(w, "y".repeat(TEXT_MAX)).error).toBeNull();
  });
});

describe("parking a draft past the limit", () => {
  it("keeps the finish line and a valid time box", () => {
    const parked = saved(
      parkDraft({
        task: " Clean the garage ",
        goodEnough: " Just the floor ",
        minutes: "45",
        lettingGo: "",
      }),
      "p1",
    );
    expect(parked).toEqual({
      id: "p1",
      createdAt: T0,
      updatedAt: T0,
      kind: "parked",
      task: "Clean the garage",
      goodEnough: "Just the floor",
      minutes: 45,
    });
    expect(storable(parked)).toBe(true);
  });

  it.each([
    ["", "no"],
    ["abc", "no"],
    ["3", "no"],
    ["12.5", "no"],
    ["600", "no"],
    [30, "yes"],
  ])("keeps a time box of %j: %s", (minutes, keep) => {
    const parked = saved(parkDraft({ task: "Tidy", goodEnough: "", minutes }), "p2");
    expect("minutes" in parked).toBe(keep === "yes");
    expect("goodEnough" in parked).toBe(false);
    expect(storable(parked)).toBe(true);
  });

  it("keeps what the person is letting go of as the parked item's note", () => {
    const parked = saved(
      parkDraft({ task: "Tidy", goodEnough: "", lettingGo: " A perfect drawer " }),
      "p4",
    );
    expect(parked.note).toBe("A perfect drawer");
    expect(draftFromParked(parked).lettingGo).toBe("A perfect drawer");
  });

  it("needs a task to park, and refuses to drop or cut a text past the cap", () => {
    expect(parkErrors(w, { task: "Tidy", goodEnough: "" })).toEqual({});
    expect(Object.keys(parkErrors(w, { task: " ", goodEnough: "" }))).toEqual(["task"]);
    const long = "q".repeat(TEXT_MAX + 1);
    const errors = parkErrors(w, { task: "Tidy", goodEnough: long, lettingGo: long });
    expect(errors.goodEnough).toContain("2,000-character limit");
    expect(errors.lettingGo).toContain("2,000-character limit");
    expect(errors.task).toBeUndefined();
  });

  it("parks an unfinished goal with everything it had", () => {
    const g = goal({ minutes: 30, lettingGo: "A second draft" });
    const parked = saved(parkWholeGoal(g), "p5");
    expect(parked).toMatchObject({
      task: g.task,
      goodEnough: g.goodEnough,
      minutes: 30,
      note: "A second draft",
      fromGoal: g.id,
    });
    expect(storable(parked)).toBe(true);
    expect("note" in saved(parkWholeGoal(goal()), "p6")).toBe(false);
  });

  it("fills the goal form back in from a parked item", () => {
    const parked = saved(parkDraft({ task: "Tidy", goodEnough: "Desk only", minutes: 20 }), "p3");
    expect(draftFromParked(parked)).toEqual({
      task: "Tidy",
      goodEnough: "Desk only",
      minutes: "20",
      lettingGo: "",
    });
    expect(draftFromParked({ ...parked, goodEnough: undefined, minutes: undefined })).toEqual({
      task: "Tidy",
      goodEnough: "",
      minutes: "",
      lettingGo: "",
    });
  });
});

describe("carry-over across day boundaries", () => {
  it("carries a goal to the next calendar day, across a month and a year end", () => {
    expect(carryTarget("2026-11-30", "2026-11-30")).toBe("2026-12-01");
    expect(carryTarget("2026-12-31", "2026-12-31")).toBe("2027-01-01");
    expect(carryTarget("2028-02-28", "2028-02-28")).toBe("2028-02-29");
  });

  it("brings an older goal to today rather than to a day already past", () => {
    expect(carryTarget("2026-11-20", "2026-11-26")).toBe("2026-11-26");
    expect(carryTarget("2026-11-25", "2026-11-26")).toBe("2026-11-26");
  });

  it("carries a goal planned ahead to the day after it", () => {
    expect(carryTarget("2026-11-28", "2026-11-26")).toBe("2026-11-29");
  });

  it("uses the person's local day: 23:30 and 00:30 in New York are different days", () => {
    const lateEvening = localDayIn("America/New_York", new Date("2026-01-15T04:30:00Z"));
    const justAfterMidnight = localDayIn("America/New_York", new Date("2026-01-15T05:30:00Z"));
    expect(lateEvening).toBe("2026-01-14");
    expect(justAfterMidnight).toBe("2026-01-15");
    // A goal from the evening before, carried after midnight, lands on the new day.
    expect(carryTarget(lateEvening, justAfterMidnight)).toBe("2026-01-15");
    // Carried before midnight, it lands on tomorrow, which is the same date.
    expect(carryTarget(lateEvening, lateEvening)).toBe("2026-01-15");
  });

  it("carries across the spring daylight-saving change in Los Angeles", () => {
    const before = localDayIn("America/Los_Angeles", new Date("2026-03-08T07:30:00Z"));
    expect(before).toBe("2026-03-07");
    expect(carryTarget(before, before)).toBe("2026-03-08");
  });

  it("checks the daily limit on the day a goal is carried to", () => {
    const target = carryTarget("2026-11-26", "2026-11-26");
    const there = [goal({ day: target }), goal({ day: target }), goal({ day: target })];
    expect(canAddGoal(w, there.length, 3).ok).toBe(false);
    expect(canAddGoal(w, there.length - 1, 3).ok).toBe(true);
  });
});

describe("open goals from earlier days", () => {
  const today = "2026-11-26";

  it("lists unhandled open goals from before today, newest day first", () => {
    const a = goal({ day: "2026-11-24", status: "planned" });
    const b = goal({ day: "2026-11-25", status: "partly" });
    const c = goal({ day: "2026-11-25", status: "done" });
    const d = goal({ day: today, status: "planned" });
    expect(openFromEarlier([a, b, c, d], [], today).map((g) => g.id)).toEqual([b.id, a.id]);
  });

  it("drops goals once carried over, parked or let go", () => {
    const a = goal({ day: "2026-11-24" });
    const b = goal({ day: "2026-11-24" });
    const c = goal({ day: "2026-11-24", status: "let-go" });
    const carried = saved(carryOver(a, today), "copy");
    const parked = saved(parkWholeGoal(b), "park");
    expect(openFromEarlier([a, b, c, carried], [parked], today)).toEqual([]);
  });

  it("looks back two weeks by default", () => {
    const old = goal({ day: "2026-11-11" });
    const recent = goal({ day: "2026-11-12" });
    expect(openFromEarlier([old, recent], [], today).map((g) => g.id)).toEqual([recent.id]);
  });
});

describe("time available", () => {
  it.each([
    ["", { ok: true, value: null }],
    ["  ", { ok: true, value: null }],
    ["0", { ok: true, value: 0 }],
    ["150", { ok: true, value: 150 }],
    ["1440", { ok: true, value: 1440 }],
  ])("reads %j", (text, expected) => {
    expect(dayMinutes(w, text)).toEqual(expected);
  });

  it.each(["-5", "1441", "2.5", "two hours"])("explains what fits instead of %j", (text) => {
    const result = dayMinutes(w, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/0 to 1,440/);
  });
});

describe("time-box timer", () => {
  it("counts whole seconds left and never goes below zero", () => {
    expect(secondsLeft(10_000, 0)).toBe(10);
    expect(secondsLeft(10_000, 9_001)).toBe(1);
    expect(secondsLeft(10_000, 10_000)).toBe(0);
    expect(secondsLeft(10_000, 99_000)).toBe(0);
  });

  it("shows minutes and seconds, and hours from an hour up", () => {
    expect(formatCountdown(25 * 60)).toBe("25:00");
    expect(formatCountdown(61)).toBe("1:01");
    expect(formatCountdown(5)).toBe("0:05");
    expect(formatCountdown(0)).toBe("0:00");
    expect(formatCountdown(-3)).toBe("0:00");
    expect(formatCountdown(2 * 3600 + 5 * 60 + 9)).toBe("2:05:09");
  });

  it("has the whole time box left before it is started", () => {
    expect(timerState(goal({ minutes: 25 }), 0)).toEqual({ left: 25 * 60, running: false });
  });

  it("computes the time left from the stored end and the clock, so a reload keeps it running", () => {
    const started = 1_000_000;
    const g = goal({ minutes: 25, timerEnds: started + 25 * 60_000 });
    expect(timerState(g, started)).toEqual({ left: 25 * 60, running: true });
    // Ten minutes later, on a reloaded page: the same record gives less time left.
    expect(timerState(g, started + 10 * 60_000)).toEqual({ left: 15 * 60, running: true });
  });

  it("has run out, and stopped, once the clock passes the stored end", () => {
    const g = goal({ minutes: 5, timerEnds: 300_000 });
    expect(timerState(g, 300_000)).toEqual({ left: 0, running: false });
    expect(timerState(g, 9_999_999)).toEqual({ left: 0, running: false });
  });

  it("keeps the seconds left while paused, whatever the clock says", () => {
    const g = goal({ minutes: 25, timerLeft: 90 });
    expect(timerState(g, 0)).toEqual({ left: 90, running: false });
    expect(timerState(g, 99_999_999)).toEqual({ left: 90, running: false });
  });
});

describe("day words and summaries", () => {
  it("names the days next to today", () => {
    expect(relativeDay("2026-11-26", "2026-11-26")).toBe("today");
    expect(relativeDay("2026-11-25", "2026-11-26")).toBe("yesterday");
    expect(relativeDay("2026-12-01", "2026-11-30")).toBe("tomorrow");
    expect(relativeDay("2026-11-20", "2026-11-26")).toBeNull();
  });

  it("summarizes a day for the history list", () => {
    const goals = [
      goal({ day: "2026-11-25", status: "done" }),
      goal({ day: "2026-11-25", status: "partly" }),
    ];
    const [row] = weekSummary(["2026-11-25"], goals, []);
    expect(summaryLine(row!, true)).toBe("2 goals, 1 done: good enough; reflection written");
    const [empty] = weekSummary(["2026-11-24"], goals, []);
    expect(summaryLine(empty!, true)).toBe("0 goals; reflection written");
    const one = weekSummary(["2026-11-25"], goals.slice(0, 1), [])[0]!;
    expect(summaryLine(one, false)).toBe("1 goal, 1 done: good enough");
  });
});

describe("reflection", () => {
  const validateReflection = (d: Parameters<typeof reflectionErrors>[1]) => reflectionErrors(w, d);
  const empty = { stoppedAtGoodEnough: "", predictedVsActual: "" };

  it("has every part optional, but notices when nothing is filled in", () => {
    expect(validateReflection(empty)).toEqual({});
    expect(reflectionHasContent(empty)).toBe(false);
    expect(reflectionHasContent({ ...empty, anxiety: 0 })).toBe(true);
    expect(reflectionHasContent({ ...empty, predictedVsActual: " I was wrong " })).toBe(true);
  });

  it("says when an answer is past the cap, without cutting it", () => {
    const long = "z".repeat(TEXT_MAX + 1);
    const errors = validateReflection({ ...empty, stoppedAtGoodEnough: long });
    expect(errors.stoppedAtGoodEnough).toContain("2,000-character limit");
    expect(errors.predictedVsActual).toBeUndefined();
  });
});

describe("records the planner writes", () => {
  it("creates, carries and parks records the stored shape accepts", () => {
    const g = saved(
      createGoal(
        { task: "Send the report", goodEnough: "One read-through", minutes: "30" },
        "2026-11-26",
      ),
      "g-rt",
    );
    for (const r of [
      g,
      saved(carryOver(g, "2026-11-27"), "c-rt"),
      saved(parkWholeGoal(g), "p-rt"),
    ]) {
      expect(storable(r)).toBe(true);
    }
  });
});
