import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import {
  DRAFT_TEXT_MAX,
  EMOTIONS_MAX,
  EMOTION_NAME_MAX,
  TRAPS_MAX,
  VERSION,
  migrateV1toV2,
  migrations,
  recordSchema,
  valueSchema,
} from "../../../../src/worksheets/thought-record/schema";
import { TEXT_MAX } from "../../../../src/engine/storage/record";
import { addUpdatedAt } from "../../../../src/engine/storage/migrations";

const T = "2024-05-01T09:00:00.000Z";
const minimal = {
  id: "a",
  createdAt: T,
  updatedAt: T,
  kind: "record",
  when: "2024-04-30T17:45:00.000Z",
  situation: "",
  emotions: [],
  automaticThought: "Everyone saw me mess up.",
  traps: [],
  evidenceFor: "",
  evidenceAgainst: "",
  balancedThought: "",
  step: 2,
};

const full = {
  ...minimal,
  situation: "Presenting the quarterly numbers; I lost my place.",
  emotions: [
    { name: "anxious", before: 80, after: 40 },
    { name: "ashamed", before: 60 },
  ],
  beliefBefore: 85,
  traps: ["mind-reading", "all-or-nothing"],
  evidenceFor: "Two people looked at their phones.",
  evidenceAgainst: "My manager thanked me afterwards.",
  balancedThought: "I lost my place for a few seconds and found it again.",
  balancedBelief: 70,
  beliefAfter: 35,
  step: 6,
  homeworkId: "hw-7",
};

const valid = (x: unknown) => v.safeParse(recordSchema, x).success;

describe("the thought record schema", () => {
  it("accepts a record with only the automatic thought written", () => {
    expect(valid(minimal)).toBe(true);
  });

  it("accepts a record with every field filled in and keeps the values", () => {
    const result = v.safeParse(recordSchema, full);
    expect(result.success).toBe(true);
    if (result.success) expect(result.output).toEqual(full);
  });

  it("rejects a missing, empty or blank automatic thought", () => {
    const { automaticThought: _t, ...none } = minimal;
    expect(valid(none)).toBe(false);
    expect(valid({ ...minimal, automaticThought: "" })).toBe(false);
    expect(valid({ ...minimal, automaticThought: " \n " })).toBe(false);
  });

  it("rejects another kind, a missing timestamp or a when that is not a timestamp", () => {
    expect(valid({ ...minimal, kind: "entry" })).toBe(false);
    const { updatedAt: _u, ...noUpdated } = minimal;
    expect(valid(noUpdated)).toBe(false);
    expect(valid({ ...minimal, when: "2024-04-30" })).toBe(false);
    expect(valid({ ...minimal, when: "2024-04-30T17:45" })).toBe(false);
  });

  it.each(["beliefBefore", "balancedBelief", "beliefAfter"])(
    "accepts %s at 0 and 100, or left out, but not -1, 101, 12.5 or a string",
    (field) => {
      expect(valid({ ...minimal, [field]: 0 })).toBe(true);
      expect(valid({ ...minimal, [field]: 100 })).toBe(true);
      for (const bad of [-1, 101, 12.5, "50", Number.NaN, null]) {
        expect(valid({ ...minimal, [field]: bad })).toBe(false);
      }
    },
  );

  it("needs a named feeling with a whole-number first rating; the re-rating is optional", () => {
    const withEmotion = (e: unknown) => valid({ ...minimal, emotions: [e] });
    expect(withEmotion({ name: "sad", before: 0 })).toBe(true);
    expect(withEmotion({ name: "sad", before: 100, after: 0 })).toBe(true);
    expect(withEmotion({ name: "sad" })).toBe(false);
    expect(withEmotion({ name: "sad", before: 50.5 })).toBe(false);
    expect(withEmotion({ name: "sad", before: 50, after: 101 })).toBe(false);
    expect(withEmotion({ name: "  ", before: 50 })).toBe(false);
    expect(withEmotion({ name: "x".repeat(EMOTION_NAME_MAX), before: 50 })).toBe(true);
    expect(withEmotion({ name: "x".repeat(EMOTION_NAME_MAX + 1), before: 50 })).toBe(false);
  });

  it("allows up to 10 feelings", () => {
    expect(EMOTIONS_MAX).toBe(10);
    const e = { name: "tense", before: 50 };
    expect(valid({ ...minimal, emotions: Array(10).fill(e) })).toBe(true);
    expect(valid({ ...minimal, emotions: Array(11).fill(e) })).toBe(false);
  });

  it("allows up to 20 thinking traps, each a kebab-case id", () => {
    expect(TRAPS_MAX).toBe(20);
    expect(valid({ ...minimal, traps: Array(20).fill("labeling") })).toBe(true);
    expect(valid({ ...minimal, traps: Array(21).fill("labeling") })).toBe(false);
    for (const bad of ["Labeling", "mind reading", "-labeling", "labeling-", "a--b", "", 3]) {
      expect(valid({ ...minimal, traps: [bad] })).toBe(false);
    }
  });

  it("keeps the step a whole number from 0 to 6", () => {
    expect(valid({ ...minimal, step: 0 })).toBe(true);
    expect(valid({ ...minimal, step: 6 })).toBe(true);
    for (const bad of [-1, 7, 2.5, "2"]) expect(valid({ ...minimal, step: bad })).toBe(false);
    const { step: _s, ...noStep } = minimal;
    expect(valid(noStep)).toBe(false);
  });

  it("caps every text at the shared limit", () => {
    for (const f of [
      "situation",
      "automaticThought",
      "evidenceFor",
      "evidenceAgainst",
      "balancedThought",
    ]) {
      expect(valid({ ...minimal, [f]: "x".repeat(TEXT_MAX) })).toBe(true);
      expect(valid({ ...minimal, [f]: "x".repeat(TEXT_MAX + 1) })).toBe(false);
    }
  });

  it("drops keys it does not know", () => {
    const result = v.safeParse(recordSchema, { ...minimal, extra: "nope" });
    expect(result.success && "extra" in result.output).toBe(false);
  });
});

describe("the stored thought records", () => {
  it("is version 2 and holds records and tombstones", () => {
    expect(VERSION).toBe(2);
    const value = {
      version: 2,
      records: [full, { id: "b", createdAt: T, updatedAt: T, deleted: true }],
    };
    expect(v.safeParse(valueSchema, value).success).toBe(true);
    expect(v.safeParse(valueSchema, { ...value, version: 1 }).success).toBe(false);
  });

  it("migrates a version 1 value by copying createdAt into updatedAt, without changing the input", () => {
    const { updatedAt: _u, ...old } = full;
    const v1 = { version: 1, records: [old] };
    const snapshot = structuredClone(v1);
    const v2 = migrateV1toV2(v1);
    expect(v1).toEqual(snapshot);
    expect(v2.version).toBe(2);
    const parsed = v.safeParse(valueSchema, v2);
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.output.records[0]?.updatedAt).toBe(T);
    expect(migrations[1]).toBe(addUpdatedAt);
  });
});

describe("an unfinished thought record (a draft)", () => {
  const draft = {
    id: "d1",
    createdAt: T,
    updatedAt: T,
    kind: "draft",
    when: "2024-04-30T17:45",
    situation: "Presenting the quarterly numbers.",
    emotions: [{ name: "anxious", before: "150", after: "" }],
    automaticThought: "",
    beliefBefore: "a lot",
    traps: ["mind-reading"],
    evidenceFor: "",
    evidenceAgainst: "",
    balancedThought: "",
    balancedBelief: "",
    beliefAfter: "",
    step: 1,
  };

  it("keeps answers as typed, with no thought yet and ratings that need fixing", () => {
    const result = v.safeParse(recordSchema, draft);
    expect(result.success).toBe(true);
    if (result.success) expect(result.output).toEqual(draft);
    expect(valid({ ...draft, when: "" })).toBe(true);
  });

  it("may name the record it changes and the homework it came from", () => {
    expect(valid({ ...draft, recordId: "r1", homeworkId: "hw-7" })).toBe(true);
    expect(valid({ ...draft, recordId: "" })).toBe(false);
  });

  it("keeps texts far past a record's limit, within a cap", () => {
    expect(valid({ ...draft, situation: "x".repeat(DRAFT_TEXT_MAX) })).toBe(true);
    expect(valid({ ...draft, situation: "x".repeat(DRAFT_TEXT_MAX + 1) })).toBe(false);
    expect(DRAFT_TEXT_MAX).toBeGreaterThan(TEXT_MAX);
  });

  it("refuses numbers where text was typed, too many feelings, or a step outside 0–6", () => {
    expect(valid({ ...draft, beliefBefore: 50 })).toBe(false);
    const row = { name: "tense", before: "", after: "" };
    expect(valid({ ...draft, emotions: Array(10).fill(row) })).toBe(true);
    expect(valid({ ...draft, emotions: Array(11).fill(row) })).toBe(false);
    expect(valid({ ...draft, step: 7 })).toBe(false);
  });

  it("is stored alongside saved records, in the same version", () => {
    const value = { version: 2, records: [full, draft] };
    expect(v.safeParse(valueSchema, value).success).toBe(true);
  });
});
