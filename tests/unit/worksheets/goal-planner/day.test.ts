import { describe, expect, it } from "vitest";
import {
  ENDINGS,
  historyDays,
  weekEndings,
  weekSummary,
} from "../../../../src/worksheets/goal-planner/week";
import {
  canAddGoal,
  carryOver,
  clampDailyLimit,
  createGoal,
  DAILY_LIMIT_MAX,
  DEFAULT_DAILY_LIMIT,
  FINISH_LINE_EXAMPLES,
  GOAL_STATUSES,
  parkTask,
  realisticCheck,
  statusLabel,
  TEXT_MAX,
  textNote,
  unfinishedGoals,
  draftErrors,
  type GoalStatus,
} from "../../../../src/worksheets/goal-planner/day";
import { parkWholeGoal } from "../../../../src/worksheets/goal-planner/plan";
import type { GoalRecord, ReflectionRecord } from "../../../../src/worksheets/goal-planner/schema";
import { recordSchema } from "../../../../src/worksheets/goal-planner/schema";
import * as v from "../../../../src/engine/core/validate";
import { formatMinutes } from "../../../../src/worksheets/goal-planner/days";
import { w } from "./say";

const EXAMPLES = Array.from({ length: FINISH_LINE_EXAMPLES }, (_, i) => w(`example${i + 1}`));

const T0 = "2026-11-26T09:00:00.000Z";
/** A built record as the store would save it, with this id and T0 as its times. */
const saved = <R extends object>(r: R, id: string) => ({ ...r, id, createdAt: T0, updatedAt: T0 });

let seq = 0;
function goal(over: Partial<GoalRecord> = {}): GoalRecord {
  seq += 1;
  return {
    id: `g${seq}`,
    createdAt: T0,
    updatedAt: T0,
    kind: "goal",
    day: "2026-11-26",
    task: `Task ${seq}`,
    goodEnough: "One read-through, then send.",
    status: "planned",
    ...over,
  };
}

function reflection(day: string, over: Partial<ReflectionRecord> = {}): ReflectionRecord {
  return {
    id: `reflection:${day}`,
    createdAt: T0,
    updatedAt: T0,
    kind: "reflection",
    day,
    ...over,
  };
}

describe("daily limit", () => {
  it("allows goals below the default limit of 3", () => {
    expect(DEFAULT_DAILY_LIMIT).toBe(3);
    expect(canAddGoal(w, 0, DEFAULT_DAILY_LIMIT).ok).toBe(true);
    expect(canAddGoal(w, 2, DEFAULT_DAILY_LIMIT).ok).toBe(true);
  });

  it("refuses a 4th goal at the default limit with a kind reason and the park option", () => {
    const result = canAddGoal(w, 3, DEFAULT_DAILY_LIMIT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe("limit");
    expect(result.message).toContain("3 goals");
    expect(result.message).toContain("park it for another day");
    expect(result.message.toLowerCase()).toMatch(/finish/);
  });

  it("respects a chosen limit of 1 and of 5", () => {
    expect(canAddGoal(w, 0, 1).ok).toBe(true);
    const one = canAddGoal(w, 1, 1);
    expect(one.ok).toBe(false);
    if (!one.ok) expect(one.message).toContain("1 goal for today");
    expect(canAddGoal(w, 4, 5).ok).toBe(true);
    expect(canAddGoal(w, 5, 5).ok).toBe(false);
  });

  it("keeps an out-of-range limit within 1 to 5", () => {
    expect(canAddGoal(w, 5, 9).ok).toBe(false);
    expect(canAddGoal(w, 0, 0).ok).toBe(true);
    expect(canAddGoal(w, 1, 0).ok).toBe(false);
    expect(clampDailyLimit(9)).toBe(DAILY_LIMIT_MAX);
    expect(clampDailyLimit(-2)).toBe(1);
    expect(clampDailyLimit(Number.NaN)).toBe(DEFAULT_DAILY_LIMIT);
    expect(clampDailyLimit("4")).toBe(DEFAULT_DAILY_LIMIT);
  });
});

describe("goal draft checks", () => {
  const good = {
    task: "Email the landlord",
    goodEnough: "Three sentences, then send.",
    minutes: 15,
  };

  it("accepts a complete draft", () => {
    expect(draftErrors(w, good)).toEqual({});
    expect(draftErrors(w, { ...good, minutes: undefined, lettingGo: "" })).toEqual({});
    expect(draftErrors(w, { ...good, minutes: "" })).toEqual({});
  });

  it("requires the task and the finish line", () => {
    const errors = draftErrors(w, { task: "  ", goodEnough: "" });
    expect(errors.task).toBeTruthy();
    expect(errors.goodEnough).toMatch(/good enough/i);
    expect(Object.keys(errors).sort()).toEqual(["goodEnough", "task"]);
  });

  it("requires a finish line even when everything else is filled in", () => {
    const errors = draftErrors(w, { ...good, goodEnough: " \n " });
    expect(Object.keys(errors)).toEqual(["goodEnough"]);
  });

  it.each([
    [4, false],
    [5, true],
    [480, true],
    [481, false],
    [12.5, false],
    ["30", true],
    ["half an hour", false],
    [Number.NaN, false],
  ])("treats a time box of %s minutes as valid: %s", (minutes, valid) => {
    const errors = draftErrors(w, { ...good, minutes });
    expect(errors.minutes === undefined).toBe(valid);
  });

  it("accepts text exactly at the cap and says so past it, without cutting", () => {
    const atCap = "a".repeat(TEXT_MAX);
    const overCap = "a".repeat(TEXT_MAX + 1);
    expect(draftErrors(w, { ...good, task: atCap, lettingGo: atCap })).toEqual({});
    const draft = { ...good, task: overCap, goodEnough: overCap, lettingGo: overCap };
    const errors = draftErrors(w, draft);
    for (const field of ["task", "goodEnough", "lettingGo"] as const) {
      expect(errors[field]).toContain("2,000-character limit");
      expect(errors[field]).toContain("2,001");
    }
    expect(draft.task).toHaveLength(TEXT_MAX + 1);
  });

  it("notes the cap once a box is full, and stays quiet before that", () => {
    expect(textNote(w, "a".repeat(TEXT_MAX - 1))).toBeNull();
    expect(textNote(w, "a".repeat(TEXT_MAX))).toMatch(/reached the 2,000-character limit/);
    expect(textNote(w, "a".repeat(TEXT_MAX + 5))).toMatch(
      /over the 2,000-character limit \(2,005 now\)/,
    );
  });

  it("builds a planned goal with trimmed text and a parsed time box", () => {
    const g = saved(
      createGoal(
        {
          task: "  Email the landlord ",
          goodEnough: " Three sentences. ",
          minutes: "20",
          lettingGo: "  ",
        },
        "2026-11-26",
      ),
      "new-1",
    );
    expect(g).toEqual({
      id: "new-1",
      createdAt: T0,
      updatedAt: T0,
      kind: "goal",
      day: "2026-11-26",
      task: "Email the landlord",
      goodEnough: "Three sentences.",
      minutes: 20,
      status: "planned",
    });
    expect(v.safeParse(recordSchema, g).success).toBe(true);
  });
});

describe("finish line examples and status labels", () => {
  it("offers several example finish lines that fit a text box", () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(3);
    expect(EXAMPLES.some((e) => /read-through/.test(e))).toBe(true);
    for (const e of EXAMPLES) expect(e.length).toBeLessThan(100);
  });

  it("gives every status a distinct label with no failure words", () => {
    const labels = GOAL_STATUSES.map((s: GoalStatus) => statusLabel(w, s));
    expect(new Set(labels).size).toBe(GOAL_STATUSES.length);
    for (const label of labels) expect(label).not.toMatch(/fail|missed|incomplete|not done/i);
    expect(statusLabel(w, "done")).toMatch(/good enough/i);
  });
});

describe("realistic check", () => {
  it("adds up the time boxes and reports room left", () => {
    const result = realisticCheck(w, [goal({ minutes: 30 }), goal({ minutes: 45 }), goal()], 120);
    expect(result.totalMinutes).toBe(75);
    expect(result.available).toBe(120);
    expect(result.over).toBe(0);
    expect(result.overBudget).toBe(false);
    expect(result.message).toContain("1 h 15 min");
    expect(result.message).toContain("45 min");
  });

  it("flags a plan over the time available and suggests trimming", () => {
    const result = realisticCheck(
      w,
      [goal({ minutes: 90 }), goal({ minutes: 60 }), goal({ minutes: 40 })],
      150,
    );
    expect(result.totalMinutes).toBe(190);
    expect(result.over).toBe(40);
    expect(result.overBudget).toBe(true);
    expect(result.message).toContain("40 min more");
    expect(result.message).toMatch(/shorten|park/);
  });

  it("treats a plan that fits exactly as not over", () => {
    const result = realisticCheck(w, [goal({ minutes: 60 }), goal({ minutes: 60 })], 120);
    expect(result.over).toBe(0);
    expect(result.overBudget).toBe(false);
    expect(result.message).toMatch(/fits exactly/);
  });

  it("leaves out the time of goals that were let go", () => {
    const result = realisticCheck(
      w,
      [goal({ minutes: 100, status: "let-go" }), goal({ minutes: 50, status: "done" })],
      60,
    );
    expect(result.totalMinutes).toBe(50);
    expect(result.overBudget).toBe(false);
  });

  it("never flags anything when no time is set", () => {
    const result = realisticCheck(w, [goal({ minutes: 300 })], undefined);
    expect(result.available).toBeNull();
    expect(result.overBudget).toBe(false);
    expect(result.over).toBe(0);
    expect(result.message).toMatch(/how much time/);
  });

  it("counts any time box as over when zero minutes are available", () => {
    const result = realisticCheck(w, [goal({ minutes: 5 })], 0);
    expect(result.over).toBe(5);
    expect(result.overBudget).toBe(true);
  });

  it("writes durations in hours and minutes", () => {
    expect(formatMinutes(w, 45)).toBe("45 min");
    expect(formatMinutes(w, 120)).toBe("2 h");
    expect(formatMinutes(w, 95)).toBe("1 h 35 min");
  });
});

describe("unfinished goals and carry-over", () => {
  it("lists planned and partly done goals only", () => {
    const goals = [
      goal({ status: "planned" }),
      goal({ status: "partly" }),
      goal({ status: "done" }),
      goal({ status: "let-go" }),
    ];
    expect(unfinishedGoals(goals).map((g) => g.status)).toEqual(["planned", "partly"]);
  });

  it("makes a new planned goal for the chosen day, linked to the original", () => {
    const original = goal({ status: "partly", minutes: 25, lettingGo: "Perfect formatting" });
    const copy = saved(carryOver(original, "2026-11-27"), "copy-1");
    expect(copy).toEqual({
      id: "copy-1",
      createdAt: T0,
      updatedAt: T0,
      kind: "goal",
      day: "2026-11-27",
      task: original.task,
      goodEnough: original.goodEnough,
      minutes: 25,
      lettingGo: "Perfect formatting",
      status: "planned",
      carriedFrom: original.id,
    });
    expect(original.status).toBe("partly");
    expect(original.day).toBe("2026-11-26");
    expect(v.safeParse(recordSchema, copy).success).toBe(true);
  });

  it("leaves optional fields out of a carried goal when the original had none", () => {
    const copy = saved(carryOver(goal(), "2026-11-27"), "copy-2");
    expect("minutes" in copy).toBe(false);
    expect("lettingGo" in copy).toBe(false);
  });

  it("stops listing a goal once it has been carried over or parked", () => {
    const a = goal({ status: "planned" });
    const b = goal({ status: "partly" });
    const c = goal({ status: "planned" });
    const carried = saved(carryOver(a, "2026-11-27"), "copy-a");
    const parked = saved(parkWholeGoal(b), "park-b");
    const open = unfinishedGoals([a, b, c, carried], [parked]);
    expect(open.map((g) => g.id)).toEqual([c.id, carried.id]);
  });

  it("changes nothing by itself: without a choice every unfinished goal stays listed", () => {
    const goals = [goal({ status: "planned" }), goal({ status: "partly" })];
    expect(unfinishedGoals(goals)).toHaveLength(2);
  });

  it("parks a goal with its finish line and time box", () => {
    const g = goal({ minutes: 30 });
    const parked = saved(parkWholeGoal(g), "park-1");
    expect(parked).toEqual({
      id: "park-1",
      createdAt: T0,
      updatedAt: T0,
      kind: "parked",
      task: g.task,
      goodEnough: g.goodEnough,
      minutes: 30,
      fromGoal: g.id,
    });
    expect(v.safeParse(recordSchema, parked).success).toBe(true);
  });

  it("parks a plain task from past the limit", () => {
    expect(saved(parkTask(" Clean the garage ", " after the holidays "), "park-2")).toEqual({
      id: "park-2",
      createdAt: T0,
      updatedAt: T0,
      kind: "parked",
      task: "Clean the garage",
      note: "after the holidays",
    });
    expect("note" in saved(parkTask("Call Sam", "  "), "park-3")).toBe(false);
  });
});

describe("week summary", () => {
  const week = ["2026-11-23", "2026-11-24", "2026-11-25"];

  it("counts goals by status per day and adds the reflection ratings", () => {
    const goals = [
      goal({ day: "2026-11-23", status: "done" }),
      goal({ day: "2026-11-23", status: "done" }),
      goal({ day: "2026-11-23", status: "let-go" }),
      goal({ day: "2026-11-25", status: "partly" }),
      goal({ day: "2026-11-25", status: "planned" }),
      goal({ day: "2026-11-30", status: "done" }),
    ];
    const reflections = [
      reflection("2026-11-23", { anxiety: 6, satisfaction: 7 }),
      reflection("2026-11-25", { anxiety: 0 }),
      reflection("2026-11-30", { anxiety: 9, satisfaction: 1 }),
    ];
    expect(weekSummary(week, goals, reflections)).toEqual([
      {
        day: "2026-11-23",
        set: 3,
        goodEnough: 2,
        partly: 0,
        letGo: 1,
        anxiety: 6,
        satisfaction: 7,
      },
      {
        day: "2026-11-24",
        set: 0,
        goodEnough: 0,
        partly: 0,
        letGo: 0,
        anxiety: null,
        satisfaction: null,
      },
      {
        day: "2026-11-25",
        set: 2,
        goodEnough: 0,
        partly: 1,
        letGo: 0,
        anxiety: 0,
        satisfaction: null,
      },
    ]);
  });

  it("uses the newest reflection if a day somehow has two", () => {
    const reflections = [
      reflection("2026-11-24", { updatedAt: "2026-11-24T22:00:00.000Z", anxiety: 8 }),
      reflection("2026-11-24", { updatedAt: "2026-11-24T23:00:00.000Z", anxiety: 3 }),
      reflection("2026-11-24", { updatedAt: "2026-11-24T21:00:00.000Z", anxiety: 10 }),
    ];
    expect(weekSummary(["2026-11-24"], [], reflections)[0]?.anxiety).toBe(3);
  });

  it("follows the order of the days it is given", () => {
    const rows = weekSummary([...week].reverse(), [goal({ day: "2026-11-25" })], []);
    expect(rows.map((r) => [r.day, r.set])).toEqual([
      ["2026-11-25", 1],
      ["2026-11-24", 0],
      ["2026-11-23", 0],
    ]);
  });
});

describe("history", () => {
  it("lists each day with goals or a reflection once, newest first", () => {
    const goals = [
      goal({ day: "2026-11-20" }),
      goal({ day: "2027-01-02" }),
      goal({ day: "2026-11-20" }),
    ];
    const reflections = [reflection("2026-12-31"), reflection("2026-11-20")];
    expect(historyDays(goals, reflections)).toEqual(["2027-01-02", "2026-12-31", "2026-11-20"]);
  });

  it("is empty with no data", () => {
    expect(historyDays([], [])).toEqual([]);
  });
});

describe("the week chart's stacked endings", () => {
  const row = (set: number, goodEnough: number, partly: number, letGo: number) => ({
    day: "2026-11-23",
    set,
    goodEnough,
    partly,
    letGo,
    anxiety: null,
    satisfaction: null,
  });

  it("counts done, partly done, let go and still planned, adding up to the goals set", () => {
    const e = weekEndings([row(4, 1, 1, 1), row(2, 0, 0, 0), row(3, 2, 0, 1)]);
    expect(e).toEqual({
      goodEnough: [1, 0, 2],
      partly: [1, 0, 0],
      letGo: [1, 0, 1],
      open: [1, 2, 0],
    });
    for (const [i, set] of [4, 2, 3].entries())
      expect(ENDINGS.reduce((sum, k) => sum + e[k][i]!, 0)).toBe(set);
  });

  it("leaves a day with no goals empty in every series, so nothing is drawn for it", () => {
    const e = weekEndings([row(0, 0, 0, 0)]);
    for (const k of ENDINGS) expect(e[k]).toEqual([null]);
  });
});
