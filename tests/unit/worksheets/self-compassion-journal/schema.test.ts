import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import {
  VERSION,
  migrateV1toV2,
  migrations,
  recordSchema,
  valueSchema,
} from "../../../../src/worksheets/self-compassion-journal/schema";
import { ENTRY_FIELDS } from "../../../../src/worksheets/self-compassion-journal/first-answer";
import { TEXT_MAX } from "../../../../src/engine/storage/record";
import { addUpdatedAt } from "../../../../src/engine/storage/migrations";

const T = "2024-05-01T21:00:00.000Z";
const entry = {
  id: "e1",
  createdAt: T,
  updatedAt: T,
  kind: "entry",
  day: "2024-05-01",
  whatHappened: "I sent the report with a typo in the title.",
  whatISaid: "",
  whatIdSayToAFriend: "",
  strength: "",
};

const valid = (x: unknown) => v.safeParse(recordSchema, x).success;

describe("the journal entry schema", () => {
  it("accepts an entry with one prompt answered", () => {
    expect(valid(entry)).toBe(true);
  });

  it.each(ENTRY_FIELDS)("accepts an entry where only %s is written", (field) => {
    const only = { ...entry, whatHappened: "", [field]: "Something" };
    expect(valid(only)).toBe(true);
  });

  it("accepts a full entry with a homework link and keeps the values", () => {
    const full = {
      ...entry,
      whatISaid: "Careless again.",
      whatIdSayToAFriend: "Typos happen to everyone; the report is solid.",
      strength: "I asked for feedback.",
      homeworkId: "hw-3",
    };
    const result = v.safeParse(recordSchema, full);
    expect(result.success).toBe(true);
    if (result.success) expect(result.output).toEqual(full);
  });

  it("rejects an entry where all four prompts are empty or blank", () => {
    const empty = { ...entry, whatHappened: "" };
    const result = v.safeParse(recordSchema, empty);
    expect(result.success).toBe(false);
    expect(result.issues?.[0].message).toBe("emptyEntry");
    expect(valid({ ...entry, whatHappened: "  \n ", strength: "\t" })).toBe(false);
  });

  it("rejects a missing prompt, another kind, or a day that is not a real date", () => {
    const { strength: _s, ...noStrength } = entry;
    expect(valid(noStrength)).toBe(false);
    expect(valid({ ...entry, kind: "record" })).toBe(false);
    expect(valid({ ...entry, day: "2024-02-30" })).toBe(false);
    expect(valid({ ...entry, day: "2024-05-01T09:00:00.000Z" })).toBe(false);
    expect(valid({ ...entry, homeworkId: "" })).toBe(false);
  });

  it("caps every answer at the shared limit", () => {
    for (const f of ENTRY_FIELDS) {
      expect(valid({ ...entry, [f]: "x".repeat(TEXT_MAX) })).toBe(true);
      expect(valid({ ...entry, [f]: "x".repeat(TEXT_MAX + 1) })).toBe(false);
    }
  });
});

describe("the stored journal", () => {
  it("is version 2 and holds entries and tombstones", () => {
    expect(VERSION).toBe(2);
    const value = {
      version: 2,
      records: [entry, { id: "gone", createdAt: T, updatedAt: T, deleted: true }],
    };
    expect(v.safeParse(valueSchema, value).success).toBe(true);
    expect(v.safeParse(valueSchema, { ...value, version: 3 }).success).toBe(false);
    expect(
      v.safeParse(valueSchema, { version: 2, records: [{ ...entry, whatHappened: "" }] }).success,
    ).toBe(false);
  });

  it("migrates a version 1 value by copying createdAt into updatedAt, without changing the input", () => {
    const { updatedAt: _u, ...old } = entry;
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
