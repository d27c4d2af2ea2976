import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import { PARTS } from "../../../../src/worksheets/my-cycle/parts";
import {
  VERSION,
  migrations,
  recordSchema,
  valueSchema,
} from "../../../../src/worksheets/my-cycle/schema";
import { TEXT_MAX } from "../../../../src/engine/storage/record";

const T = "2026-11-02T20:00:00.000Z";
const cycle = {
  id: "c1",
  createdAt: T,
  updatedAt: T,
  kind: "cycle",
  day: "2026-11-02",
  worth: "Being the best at work",
  standards: "",
  checking: "",
  met: "",
  missed: "",
  costs: "",
};
const valid = (x: unknown) => v.safeParse(recordSchema, x).success;

describe("the stored cycle", () => {
  it.each(PARTS)("is accepted with only %s written", (part) => {
    expect(valid({ ...cycle, worth: "", [part]: "Something" })).toBe(true);
  });

  it("round-trips a full cycle with a therapist's note and homework id unchanged", () => {
    const full = {
      ...cycle,
      standards: "Every report must be perfect",
      checking: "I reread everything",
      met: "It wasn't hard enough",
      missed: "I call myself useless",
      costs: "No sleep",
      note: "From Dr. Rivera: fill in the rest.",
      homeworkId: "hw-1",
    };
    const stored = JSON.parse(JSON.stringify({ version: VERSION, records: [full] }));
    const result = v.safeParse(valueSchema, stored);
    expect(result.success).toBe(true);
    if (result.success) expect(result.output.records).toEqual([full]);
  });

  it("keeps a homework cycle that holds only the therapist's note", () => {
    expect(valid({ ...cycle, worth: "", note: "Homework from Dr. Rivera." })).toBe(true);
  });

  it("refuses a cycle with nothing written in any part or note", () => {
    const result = v.safeParse(recordSchema, { ...cycle, worth: "  \n", note: " " });
    expect(result.success).toBe(false);
    expect(result.issues?.[0].message).toBe("emptyCycle");
  });

  it("refuses a missing part, an unreal day, or a part over the limit", () => {
    const { costs: _gone, ...missing } = cycle;
    expect(valid(missing)).toBe(false);
    expect(valid({ ...cycle, day: "2026-13-40" })).toBe(false);
    expect(valid({ ...cycle, costs: "a".repeat(TEXT_MAX + 1) })).toBe(false);
  });

  it("is the first version, with no migrations yet", () => {
    expect(VERSION).toBe(1);
    expect(migrations).toEqual({});
  });
});
