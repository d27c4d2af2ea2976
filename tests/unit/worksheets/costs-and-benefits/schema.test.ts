import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import {
  BOXES,
  FIELDS,
  VERSION,
  migrations,
  recordSchema,
  valueSchema,
} from "../../../../src/worksheets/costs-and-benefits/schema";
import { TEXT_MAX } from "../../../../src/engine/storage/record";

const T = "2026-12-01T09:00:00.000Z";
const entry = {
  id: "e1",
  createdAt: T,
  updatedAt: T,
  kind: "entry",
  day: "2026-12-01",
  topic: "My standards at work",
  keepGives: "Praise from my boss\nFew mistakes",
  keepCosts: "Late nights",
  changeGives: "",
  changeCosts: "",
  edge: "",
  decision: "",
};
const valid = (x: unknown) => v.safeParse(recordSchema, x).success;

describe("the costs and benefits entry schema", () => {
  it("reads back a full entry exactly as it was stored, note and homework included", () => {
    const full = {
      ...entry,
      changeGives: "Evenings with my kids",
      changeCosts: "I might miss an error",
      edge: "My care for the work",
      decision: "Check reports once, not three times, for two weeks.",
      therapistNote: "Bring this to our next session.",
      homeworkId: "hw-1",
    };
    const value = { version: VERSION, records: [full] };
    const read = v.safeParse(valueSchema, JSON.parse(JSON.stringify(value)));
    expect(read.success).toBe(true);
    if (read.success) expect(read.output).toEqual(value);
  });

  it.each(FIELDS)("accepts an entry where only %s is written", (field) => {
    const only = { ...entry, topic: "", keepGives: "", keepCosts: "", [field]: "Something" };
    expect(valid(only)).toBe(true);
  });

  it("rejects an entry with nothing written in any field", () => {
    const blank = { ...entry, topic: " ", keepGives: "\n", keepCosts: "" };
    const result = v.safeParse(recordSchema, blank);
    expect(result.success).toBe(false);
    expect(result.issues?.[0].message).toBe("emptyEntry");
  });

  it("rejects a text over the limit, a missing box or a day that is not a date", () => {
    expect(valid({ ...entry, keepCosts: "x".repeat(TEXT_MAX + 1) })).toBe(false);
    const { keepCosts: _gone, ...missing } = entry;
    expect(valid(missing)).toBe(false);
    expect(valid({ ...entry, day: "1 December" })).toBe(false);
  });

  it("has four boxes in the grid, reading down keeping and then changing", () => {
    expect(BOXES).toEqual(["keepGives", "keepCosts", "changeGives", "changeCosts"]);
  });

  it("is the first version, so there is nothing to migrate yet", () => {
    expect(VERSION).toBe(1);
    expect(migrations).toEqual({});
  });
});
