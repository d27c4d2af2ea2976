import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import {
  dayPlanId,
  migrateV1toV2,
  migrations,
  recordSchema,
  reflectionId,
  SETTINGS_ID,
  valueSchema,
  VERSION,
} from "../../../../src/worksheets/goal-planner/schema";

const T0 = "2026-11-26T09:00:00.000Z";
const base = { createdAt: T0, updatedAt: T0 };

const goal = {
  ...base,
  id: "g1",
  kind: "goal",
  day: "2026-11-26",
  task: "Write the report summary",
  goodEnough: "One read-through, then send.",
  minutes: 30,
  lettingGo: "A second draft",
  status: "planned",
};
const reflection = {
  ...base,
  id: "reflection:2026-11-26",
  kind: "reflection",
  day: "2026-11-26",
  stoppedAtGoodEnough: "Nobody noticed the typo.",
  predictedVsActual: "I expected a complaint; I got a thank-you.",
  anxiety: 4,
  satisfaction: 7,
};
const parked = {
  ...base,
  id: "p1",
  kind: "parked",
  task: "Sort old photos",
  note: "Maybe in spring",
};
const dump = { ...base, id: "d1", kind: "dump", text: "Buy a birthday card", day: "2026-11-26" };
const settings = { ...base, id: "settings", kind: "settings", dailyLimit: 3 };
const dayplan = {
  ...base,
  id: "day:2026-11-26",
  kind: "dayplan",
  day: "2026-11-26",
  minutesAvailable: 180,
};

const ok = (record: unknown) => v.safeParse(recordSchema, record).success;

describe("goal planner records", () => {
  it.each([
    ["goal", goal],
    ["reflection", reflection],
    ["parked item", parked],
    ["brain dump line", dump],
    ["settings", settings],
    ["day plan", dayplan],
  ])("accepts a complete %s", (_name, record) => {
    expect(ok(record)).toBe(true);
  });

  it("accepts records with only their required fields", () => {
    const { minutes: _m, lettingGo: _l, ...plainGoal } = goal;
    expect(ok(plainGoal)).toBe(true);
    expect(
      ok({ ...base, id: "reflection:2026-11-26", kind: "reflection", day: "2026-11-26" }),
    ).toBe(true);
    expect(ok({ ...base, id: "p2", kind: "parked", task: "Call Sam" })).toBe(true);
    expect(ok({ ...base, id: "d2", kind: "dump", text: "Dentist" })).toBe(true);
  });

  it("accepts a carried-over goal in every status", () => {
    for (const status of ["planned", "done", "partly", "let-go"]) {
      expect(ok({ ...goal, status, carriedFrom: "g0" })).toBe(true);
    }
  });

  it("rejects a goal without a finish line", () => {
    const { goodEnough: _g, ...noFinishLine } = goal;
    expect(ok(noFinishLine)).toBe(false);
    expect(ok({ ...goal, goodEnough: "" })).toBe(false);
    expect(ok({ ...goal, task: "" })).toBe(false);
  });

  it("rejects an unknown status and a bad day", () => {
    expect(ok({ ...goal, status: "failed" })).toBe(false);
    expect(ok({ ...goal, day: "2026-13-01" })).toBe(false);
    expect(ok({ ...goal, day: "26/11/2026" })).toBe(false);
  });

  it("rejects time boxes outside 5 to 480 whole minutes", () => {
    expect(ok({ ...goal, minutes: 5 })).toBe(true);
    expect(ok({ ...goal, minutes: 480 })).toBe(true);
    expect(ok({ ...goal, minutes: 4 })).toBe(false);
    expect(ok({ ...goal, minutes: 481 })).toBe(false);
    expect(ok({ ...goal, minutes: 12.5 })).toBe(false);
    expect(ok({ ...goal, minutes: "30" })).toBe(false);
  });

  it("takes text up to 2,000 characters and refuses more", () => {
    const atCap = "x".repeat(2000);
    const overCap = "x".repeat(2001);
    expect(ok({ ...goal, task: atCap, goodEnough: atCap, lettingGo: atCap })).toBe(true);
    expect(ok({ ...goal, task: overCap })).toBe(false);
    expect(ok({ ...goal, lettingGo: overCap })).toBe(false);
    expect(ok({ ...reflection, stoppedAtGoodEnough: atCap, predictedVsActual: atCap })).toBe(true);
    expect(ok({ ...reflection, predictedVsActual: overCap })).toBe(false);
    expect(ok({ ...dump, text: overCap })).toBe(false);
    expect(ok({ ...parked, note: overCap })).toBe(false);
  });

  it("keeps reflection ratings whole numbers from 0 to 10", () => {
    expect(ok({ ...reflection, anxiety: 0, satisfaction: 10 })).toBe(true);
    expect(ok({ ...reflection, anxiety: 11 })).toBe(false);
    expect(ok({ ...reflection, satisfaction: -1 })).toBe(false);
    expect(ok({ ...reflection, anxiety: 3.5 })).toBe(false);
  });

  it("requires a reflection's and a day plan's id to match its day", () => {
    expect(reflectionId("2026-11-26")).toBe(reflection.id);
    expect(dayPlanId("2026-11-26")).toBe(dayplan.id);
    expect(ok({ ...reflection, id: "reflection:2026-11-25" })).toBe(false);
    expect(ok({ ...reflection, id: "r1" })).toBe(false);
    expect(ok({ ...dayplan, id: "day:2026-11-27" })).toBe(false);
    expect(ok({ ...dayplan, id: "plan-1" })).toBe(false);
  });

  it("keeps the daily limit between 1 and 5 and the settings id fixed", () => {
    expect(SETTINGS_ID).toBe("settings");
    expect(ok({ ...settings, dailyLimit: 1 })).toBe(true);
    expect(ok({ ...settings, dailyLimit: 5 })).toBe(true);
    expect(ok({ ...settings, dailyLimit: 0 })).toBe(false);
    expect(ok({ ...settings, dailyLimit: 6 })).toBe(false);
    expect(ok({ ...settings, id: "settings-2" })).toBe(false);
  });

  it("keeps a day's available minutes between 0 and 1,440", () => {
    expect(ok({ ...dayplan, minutesAvailable: 0 })).toBe(true);
    expect(ok({ ...dayplan, minutesAvailable: 1440 })).toBe(true);
    expect(ok({ ...dayplan, minutesAvailable: 1441 })).toBe(false);
    const { minutesAvailable: _m, ...noMinutes } = dayplan;
    expect(ok(noMinutes)).toBe(false);
  });

  it("rejects an unknown kind and a record without updatedAt", () => {
    expect(ok({ ...goal, kind: "task" })).toBe(false);
    const { updatedAt: _u, ...noUpdated } = goal;
    expect(ok(noUpdated)).toBe(false);
  });
});

describe("goal planner stored value", () => {
  it("accepts version 2 with records and tombstones", () => {
    const value = {
      version: VERSION,
      records: [
        goal,
        reflection,
        parked,
        dump,
        settings,
        dayplan,
        { ...base, id: "g9", deleted: true },
      ],
    };
    expect(VERSION).toBe(2);
    expect(v.safeParse(valueSchema, value).success).toBe(true);
    expect(v.safeParse(valueSchema, { version: 2, records: [] }).success).toBe(true);
  });

  it("rejects another version or a bad record inside", () => {
    expect(v.safeParse(valueSchema, { version: 1, records: [] }).success).toBe(false);
    expect(
      v.safeParse(valueSchema, { version: 2, records: [{ ...goal, status: "nope" }] }).success,
    ).toBe(false);
    expect(v.safeParse(valueSchema, { version: 2 }).success).toBe(false);
  });

  it("migrates a version 1 value, copying createdAt into updatedAt", () => {
    const { updatedAt: _g, ...oldGoal } = goal;
    const { updatedAt: _s, ...oldSettings } = {
      ...settings,
      createdAt: "2026-01-02T03:04:05.000Z",
    };
    const old = { version: 1, records: [oldGoal, oldSettings] };
    const migrated = migrateV1toV2(old);
    const parsed = v.safeParse(valueSchema, migrated);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.output.records.map((r) => r.updatedAt)).toEqual([T0, "2026-01-02T03:04:05.000Z"]);
    expect(old.records[0]).not.toHaveProperty("updatedAt");
  });

  it("registers the version 1 migration", () => {
    const step = migrations[1];
    const { updatedAt: _u, ...oldDump } = dump;
    expect(v.safeParse(valueSchema, step({ version: 1, records: [oldDump] })).success).toBe(true);
  });
});
