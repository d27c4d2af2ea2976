import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import {
  STEP_RITUALS_MAX,
  VERSION,
  migrateV1toV2,
  migrations,
  recordSchema,
  valueSchema,
} from "../../../../src/worksheets/exposure-ladder/schema";
import { TEXT_MAX } from "../../../../src/engine/storage/record";
import { addUpdatedAt } from "../../../../src/engine/storage/migrations";

const T = "2024-05-01T09:00:00.000Z";
const base = { createdAt: T, updatedAt: T };
const ladder = { ...base, id: "l1", kind: "ladder", theme: "Being seen to make a mistake" };
const step = {
  ...base,
  id: "s1",
  kind: "step",
  ladderId: "l1",
  description: "Send a text with a typo",
  expectedSuds: 30,
  mastered: false,
};
const practice = { ...base, id: "p1", kind: "practice", stepId: "s1", day: "2024-05-02" };

const valid = (x: unknown) => v.safeParse(recordSchema, x).success;

describe("the exposure-ladder record schema", () => {
  it("accepts a ladder, a step and a practice with only their required fields", () => {
    expect(valid(ladder)).toBe(true);
    expect(valid(step)).toBe(true);
    expect(valid(practice)).toBe(true);
  });

  it("keeps every optional field of each record kind", () => {
    const full = [
      { ...ladder, notes: "Mostly at work", homeworkId: "hw-1" },
      {
        ...step,
        ritualsToDrop: ["Rereading it", "Apologizing first"],
        mastered: true,
        masteredAt: "2024-05-09T10:00:00.000Z",
      },
      { ...practice, before: 40, peak: 65, after: 15, notes: "It faded faster than I thought." },
    ];
    for (const r of full) {
      const result = v.safeParse(recordSchema, r);
      expect(result.success).toBe(true);
      if (result.success) expect(result.output).toEqual(r);
    }
  });

  it("requires a ladder's theme and a step's description to say something", () => {
    const { theme: _t, ...noTheme } = ladder;
    expect(valid(noTheme)).toBe(false);
    expect(valid({ ...ladder, theme: "  " })).toBe(false);
    expect(valid({ ...step, description: "" })).toBe(false);
  });

  it("keeps a step's expected distress, when there is one, a whole number from 0 to 100", () => {
    // A homework link may add a step for the client to rate.
    const { expectedSuds: _e, ...noSuds } = step;
    expect(valid(noSuds)).toBe(true);
    expect(valid({ ...step, expectedSuds: 0 })).toBe(true);
    expect(valid({ ...step, expectedSuds: 100 })).toBe(true);
    expect(valid({ ...step, expectedSuds: 101 })).toBe(false);
    expect(valid({ ...step, expectedSuds: -1 })).toBe(false);
    expect(valid({ ...step, expectedSuds: 12.5 })).toBe(false);
    expect(valid({ ...step, expectedSuds: "30" })).toBe(false);
  });

  it("requires a step to say whether it is mastered", () => {
    const { mastered: _m, ...noMastered } = step;
    expect(valid(noMastered)).toBe(false);
    expect(valid({ ...step, mastered: "yes" })).toBe(false);
  });

  it("rejects practice ratings outside 0 to 100", () => {
    for (const f of ["before", "peak", "after"]) {
      expect(valid({ ...practice, [f]: 100 })).toBe(true);
      expect(valid({ ...practice, [f]: 101 })).toBe(false);
      expect(valid({ ...practice, [f]: 50.5 })).toBe(false);
    }
  });

  it("rejects a practice without a real day or without a step", () => {
    expect(valid({ ...practice, day: "2024-02-30" })).toBe(false);
    expect(valid({ ...practice, day: "May 2" })).toBe(false);
    const { stepId: _s, ...noStep } = practice;
    expect(valid(noStep)).toBe(false);
  });

  it(`allows up to ${STEP_RITUALS_MAX} rituals to drop on a step, each within the text limit`, () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `Ritual ${i}`);
    expect(valid({ ...step, ritualsToDrop: list(STEP_RITUALS_MAX) })).toBe(true);
    expect(valid({ ...step, ritualsToDrop: list(STEP_RITUALS_MAX + 1) })).toBe(false);
    expect(valid({ ...step, ritualsToDrop: ["x".repeat(TEXT_MAX + 1)] })).toBe(false);
  });

  it("caps notes at the shared text limit", () => {
    expect(valid({ ...ladder, notes: "x".repeat(TEXT_MAX) })).toBe(true);
    expect(valid({ ...ladder, notes: "x".repeat(TEXT_MAX + 1) })).toBe(false);
    expect(valid({ ...practice, notes: "x".repeat(TEXT_MAX + 1) })).toBe(false);
  });

  it("rejects an unknown kind and drops keys it does not know", () => {
    expect(valid({ ...step, kind: "rung" })).toBe(false);
    const result = v.safeParse(recordSchema, { ...ladder, extra: "nope" });
    expect(result.success && "extra" in result.output).toBe(false);
  });
});

describe("the exposure-ladder stored value", () => {
  it("accepts a version 2 value with records and tombstones", () => {
    const value = {
      version: VERSION,
      records: [ladder, step, practice, { id: "gone", ...base, deleted: true }],
    };
    expect(v.safeParse(valueSchema, value).success).toBe(true);
  });

  it("rejects a value from another version", () => {
    expect(v.safeParse(valueSchema, { version: 1, records: [] }).success).toBe(false);
  });

  it("migrates version 1 by copying createdAt into updatedAt", () => {
    const { updatedAt: _u, ...v1Step } = step;
    const old = { version: 1, records: [v1Step] };
    const migrated = migrateV1toV2(old);
    expect(migrated).toEqual({ version: 2, records: [{ ...v1Step, updatedAt: T }] });
    expect(v.safeParse(valueSchema, migrated).success).toBe(true);
    expect(old.records[0]).not.toHaveProperty("updatedAt");
    expect(migrations[1]).toBe(addUpdatedAt);
  });
});
