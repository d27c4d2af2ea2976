import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import {
  RITUALS_MAX,
  VERSION,
  migrateV1toV2,
  migrations,
  recordSchema,
  valueSchema,
} from "../../../../src/worksheets/experiment-tracker/schema";
import { TEXT_MAX } from "../../../../src/engine/storage/record";
import { addUpdatedAt } from "../../../../src/engine/storage/migrations";

const T = "2024-05-01T09:00:00.000Z";
const minimal = {
  id: "a",
  createdAt: T,
  updatedAt: T,
  kind: "experiment",
  belief: "I must be perfect.",
};

const full = {
  ...minimal,
  status: "done",
  completedAt: "2024-05-03T18:00:00.000Z",
  situation: "Work email",
  beliefBefore: 80,
  alternative: "Small slips are normal.",
  alternativeBefore: 20,
  experiment: "Send after one read",
  when: "Tuesday morning",
  where: "At my desk",
  plannedDate: "2024-05-02",
  ritualsToDrop: ["Rereading", "Asking a coworker to check"],
  prediction: "My boss will say it is careless.",
  predictionConfidence: 70,
  howIWillKnow: "A reply that mentions mistakes.",
  expectedDiscomfort: 60,
  outcome: "Nobody mentioned anything.",
  peakDiscomfort: 55,
  afterDiscomfort: 10,
  predictionCameTrue: "no",
  learned: "One read was enough.",
  beliefAfter: 40,
  alternativeAfter: 60,
  templateId: "email-one-read",
  previousId: "z",
  homeworkId: "hw-1",
};

const valid = (x: unknown) => v.safeParse(recordSchema, x).success;

describe("the experiment record schema", () => {
  it("accepts a record with only the belief filled in", () => {
    expect(valid(minimal)).toBe(true);
  });

  it("accepts a record with every field filled in and keeps the values", () => {
    const result = v.safeParse(recordSchema, full);
    expect(result.success).toBe(true);
    if (result.success) expect(result.output).toEqual(full);
  });

  it("rejects a record without a belief, or with an empty or blank one", () => {
    const { belief: _belief, ...noBelief } = minimal;
    expect(valid(noBelief)).toBe(false);
    expect(valid({ ...minimal, belief: "" })).toBe(false);
    expect(valid({ ...minimal, belief: "   " })).toBe(false);
  });

  it("rejects a record of another kind or without timestamps", () => {
    expect(valid({ ...minimal, kind: "result" })).toBe(false);
    const { updatedAt: _u, ...noUpdated } = minimal;
    expect(valid(noUpdated)).toBe(false);
  });

  it.each([
    "beliefBefore",
    "alternativeBefore",
    "predictionConfidence",
    "expectedDiscomfort",
    "peakDiscomfort",
    "afterDiscomfort",
    "beliefAfter",
    "alternativeAfter",
  ])("accepts %s at 0 and 100 but not -1, 101, 12.5 or a string", (field) => {
    expect(valid({ ...minimal, [field]: 0 })).toBe(true);
    expect(valid({ ...minimal, [field]: 100 })).toBe(true);
    for (const bad of [-1, 101, 12.5, "50", Number.NaN]) {
      expect(valid({ ...minimal, [field]: bad })).toBe(false);
    }
  });

  it("caps text at the shared limit", () => {
    expect(valid({ ...minimal, outcome: "x".repeat(TEXT_MAX) })).toBe(true);
    expect(valid({ ...minimal, outcome: "x".repeat(TEXT_MAX + 1) })).toBe(false);
    expect(valid({ ...minimal, belief: "x".repeat(TEXT_MAX + 1) })).toBe(false);
  });

  it("allows up to 30 rituals to drop, each within the text limit", () => {
    expect(RITUALS_MAX).toBe(30);
    expect(valid({ ...minimal, ritualsToDrop: Array(30).fill("check") })).toBe(true);
    expect(valid({ ...minimal, ritualsToDrop: Array(31).fill("check") })).toBe(false);
    expect(valid({ ...minimal, ritualsToDrop: ["x".repeat(TEXT_MAX + 1)] })).toBe(false);
    expect(valid({ ...minimal, ritualsToDrop: "check" })).toBe(false);
  });

  it("only accepts yes, partly or no for whether the prediction came true", () => {
    for (const ok of ["yes", "partly", "no"]) {
      expect(valid({ ...minimal, predictionCameTrue: ok })).toBe(true);
    }
    expect(valid({ ...minimal, predictionCameTrue: "maybe" })).toBe(false);
  });

  it("only accepts a planned date written as YYYY-MM-DD", () => {
    expect(valid({ ...minimal, plannedDate: "2024-13-01" })).toBe(false);
    expect(valid({ ...minimal, plannedDate: "02/05/2024" })).toBe(false);
    expect(valid({ ...minimal, status: "ready" })).toBe(false);
  });
});

describe("the stored value", () => {
  it("is version 2 and holds records and tombstones", () => {
    expect(VERSION).toBe(2);
    const value = {
      version: 2,
      records: [minimal, { id: "b", createdAt: T, updatedAt: T, deleted: true }],
    };
    expect(v.safeParse(valueSchema, value).success).toBe(true);
    expect(v.safeParse(valueSchema, { ...value, version: 1 }).success).toBe(false);
  });

  it("migrates a version 1 value by copying createdAt into updatedAt, without changing the input", () => {
    const { updatedAt: _u, ...old } = minimal;
    const v1 = { version: 1, records: [old] };
    const snapshot = structuredClone(v1);
    const v2 = migrateV1toV2(v1);
    expect(v1).toEqual(snapshot);
    const parsed = v.safeParse(valueSchema, v2);
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.output.records[0]?.updatedAt).toBe(T);
    expect(migrations[1]).toBe(addUpdatedAt);
  });
});
