import { beforeEach, describe, expect, it } from "vitest";
import { freshLoad } from "../../../support/fresh-load";
import { TEXT_MAX } from "../../../../src/engine/storage/record";
import type { GoalRecord, ParkedRecord } from "../../../../src/worksheets/goal-planner/schema";

// Each load is a fresh page; { keepStorage: true } is a reload.
const load = freshLoad(async () => {
  const store = await import("../../../../src/worksheets/goal-planner/store");
  const actions = await import("../../../../src/worksheets/goal-planner/actions");
  const reflect = await import("../../../../src/worksheets/goal-planner/reflect");
  return { ...store, ...actions, saveReflection: reflect.saveReflection };
});

const DAY = "2026-11-26";
const draft = {
  task: "Email the landlord",
  goodEnough: "Two sentences.",
  minutes: "15",
  lettingGo: "",
};

describe("the goal planner's actions", () => {
  let s: Awaited<ReturnType<typeof load>>;
  beforeEach(async () => {
    s = await load();
  });
  const all = () => s.goalPlanner.$records.get();
  const ofKind = <K extends string>(kind: K) => all().filter((r) => r.kind === kind);

  it("adds a goal from a brain-dump line and takes the line off the list, for good", async () => {
    expect(s.addDump(["Email the landlord", "Call the dentist"], DAY)).toBe(true);
    const line = ofKind("dump")[0]!;
    const goal = s.addGoal(draft, DAY, line.id);
    expect(goal).toMatchObject({ task: "Email the landlord", minutes: 15, status: "planned" });
    expect(ofKind("dump").map((d) => (d as { text: string }).text)).toEqual(["Call the dentist"]);
    const reloaded = await load({ keepStorage: true });
    expect(reloaded.goalPlanner.$records.get().filter((r) => r.kind === "goal")).toHaveLength(1);
  });

  it("keeps brain-dump lines in the order written", () => {
    const lines = Array.from({ length: 10 }, (_, i) => `Thing ${i}`);
    s.addDump(lines, DAY);
    expect(ofKind("dump").map((d) => (d as { text: string }).text)).toEqual(lines);
  });

  it("refuses a goal that would not read back, and keeps its source", () => {
    s.addDump(["Keep me"], DAY);
    const line = ofKind("dump")[0]!;
    const long = { ...draft, goodEnough: "x".repeat(TEXT_MAX + 1) };
    expect(s.addGoal(long, DAY, line.id)).toBeNull();
    expect(ofKind("goal")).toHaveLength(0);
    expect(ofKind("dump")).toHaveLength(1);
  });

  it("parks a goal, then plans it again linked to the goal it came from", () => {
    const goal = s.addGoal(draft, DAY)!;
    s.settleGoal(goal, "park", "2026-11-27");
    const parked = ofKind("parked")[0] as ParkedRecord;
    expect(parked).toMatchObject({ task: goal.task, fromGoal: goal.id, minutes: 15 });
    const again = s.addGoal(draft, "2026-11-27", parked.id)!;
    expect(again.carriedFrom).toBe(goal.id);
    expect(ofKind("parked")).toHaveLength(0);
  });

  it("lets an open goal go when its parked copy is removed", () => {
    const goal = s.addGoal(draft, DAY)!;
    s.settleGoal(goal, "park", "2026-11-27");
    s.removeParked(ofKind("parked")[0] as ParkedRecord);
    expect((all().find((r) => r.id === goal.id) as GoalRecord).status).toBe("let-go");
  });

  it("moves a planned goal to the park list without a link, so it is not counted twice", () => {
    const goal = s.addGoal(draft, DAY)!;
    expect(s.parkGoal(goal)).toBe(true);
    expect(ofKind("goal")).toHaveLength(0);
    expect(ofKind("parked")[0]).not.toHaveProperty("fromGoal");
  });

  it("carries a goal over as a new goal, keeping the original", () => {
    const goal = s.addGoal(draft, DAY)!;
    expect(s.settleGoal(goal, "carry", "2026-11-27")).toBe(true);
    const goals = ofKind("goal") as GoalRecord[];
    expect(goals.map((g) => [g.day, g.carriedFrom])).toEqual([
      [DAY, undefined],
      ["2026-11-27", goal.id],
    ]);
  });

  it("edits a goal's words but keeps its day and status", () => {
    const goal = s.addGoal(draft, DAY)!;
    s.setStatus(goal, "partly");
    const now = all().find((r) => r.id === goal.id) as GoalRecord;
    expect(s.editGoal(now, { ...draft, task: "Email the landlord twice", minutes: "" })).toBe(true);
    const edited = all().find((r) => r.id === goal.id) as GoalRecord;
    expect(edited).toMatchObject({ task: "Email the landlord twice", day: DAY, status: "partly" });
    expect(edited.minutes).toBeUndefined();
  });

  it("keeps one settings record and one day plan, and clears the day's time", () => {
    s.setDailyLimit(2);
    s.setDailyLimit(4);
    expect(ofKind("settings")).toMatchObject([{ dailyLimit: 4 }]);
    s.setDayMinutes(DAY, 90);
    s.setDayMinutes(DAY, 120);
    expect(ofKind("dayplan")).toMatchObject([{ day: DAY, minutesAvailable: 120 }]);
    s.setDayMinutes(DAY, null);
    expect(ofKind("dayplan")).toHaveLength(0);
  });

  it("saves a reflection and clears an answer that was emptied", () => {
    const base = { stoppedAtGoodEnough: "Nothing bad.", predictedVsActual: "", anxiety: 3 };
    expect(s.saveReflection(DAY, base)).toBe(true);
    expect(s.saveReflection(DAY, { ...base, stoppedAtGoodEnough: "  " })).toBe(true);
    const [r] = ofKind("reflection");
    expect(r).toMatchObject({ day: DAY, anxiety: 3 });
    expect((r as { stoppedAtGoodEnough?: string }).stoppedAtGoodEnough).toBeUndefined();
  });
});
