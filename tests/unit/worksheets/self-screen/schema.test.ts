import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import { instrument } from "../../../../src/worksheets/self-screen/instrument";
import { scoreScreen, snapshotScores } from "../../../../src/worksheets/self-screen/scoring";
import {
  ANSWERS_MAX,
  migrateV1toV2,
  migrations,
  PROGRESS_ID,
  recordSchema,
  valueSchema,
  VERSION,
} from "../../../../src/worksheets/self-screen/schema";

const T1 = "2026-11-26T09:00:00.000Z";
const T2 = "2026-11-26T09:04:30.000Z";

const answers = { "fear-1": 3, "fear-2": 4, "standards-3": 0, "impact-1": 2 };

function scoresFor(a: Record<string, number>) {
  const r = scoreScreen(instrument, a);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return snapshotScores(r);
}

const result = {
  id: "6f1c2b0e-1111-4222-8333-444455556666",
  createdAt: T2,
  updatedAt: T2,
  kind: "result",
  instrumentId: instrument.id,
  instrumentVersion: instrument.version,
  completedAt: T2,
  answers,
  ...scoresFor(answers),
};

const progress = {
  id: PROGRESS_ID,
  createdAt: T1,
  updatedAt: T2,
  kind: "progress",
  instrumentId: instrument.id,
  instrumentVersion: instrument.version,
  answers: { "fear-1": 1 },
  step: 1,
  startedAt: T1,
};

const accepts = (record: unknown) => v.safeParse(recordSchema, record).success;

describe("the self-screen stored shape", () => {
  it("is version 2", () => {
    expect(VERSION).toBe(2);
  });

  it("accepts a whole value with a result, progress and a deleted record", () => {
    const tombstone = { id: "gone", createdAt: T1, updatedAt: T2, deleted: true };
    const parsed = v.safeParse(valueSchema, {
      version: 2,
      records: [result, progress, tombstone],
    });
    expect(parsed.success).toBe(true);
  });

  it("accepts a result saved from real scores, including null scores for skipped domains", () => {
    const snap = scoresFor({ "fear-1": 2 });
    expect(snap.domains.every((d) => d.score === null)).toBe(true);
    expect(accepts({ ...result, answers: { "fear-1": 2 }, ...snap })).toBe(true);
  });

  it("accepts a result with every answer skipped", () => {
    expect(accepts({ ...result, answers: {}, ...scoresFor({}) })).toBe(true);
  });

  it("rejects a value of the wrong version", () => {
    expect(v.safeParse(valueSchema, { version: 1, records: [result] }).success).toBe(false);
  });

  it("rejects answers that are not whole numbers from 0 to 4", () => {
    for (const bad of [5, -1, 2.5, "3", null]) {
      expect(accepts({ ...result, answers: { "fear-1": bad } }), String(bad)).toBe(false);
      expect(accepts({ ...progress, answers: { "fear-1": bad } }), String(bad)).toBe(false);
    }
  });

  it("rejects more than 200 answers and item ids over 100 characters", () => {
    const many = Object.fromEntries(
      Array.from({ length: ANSWERS_MAX + 1 }, (_, i) => [`q${i}`, 1]),
    );
    expect(ANSWERS_MAX).toBe(200);
    expect(accepts({ ...progress, answers: many })).toBe(false);
    const enough = Object.fromEntries(Array.from({ length: ANSWERS_MAX }, (_, i) => [`q${i}`, 1]));
    expect(accepts({ ...progress, answers: enough })).toBe(true);
    expect(accepts({ ...progress, answers: { ["x".repeat(101)]: 1 } })).toBe(false);
    expect(accepts({ ...progress, answers: { ["x".repeat(100)]: 1 } })).toBe(true);
  });

  it("rejects wrong types in a result", () => {
    expect(accepts({ ...result, instrumentId: 7 })).toBe(false);
    expect(accepts({ ...result, instrumentId: "" })).toBe(false);
    expect(accepts({ ...result, instrumentVersion: "1" })).toBe(false);
    expect(accepts({ ...result, instrumentVersion: 1.5 })).toBe(false);
    expect(accepts({ ...result, completedAt: "last Tuesday" })).toBe(false);
    expect(accepts({ ...result, answers: [3, 4] })).toBe(false);
    expect(accepts({ ...result, overall: undefined })).toBe(false);
    expect(accepts({ ...result, overall: { score: 4.5, band: "high" } })).toBe(false);
    expect(accepts({ ...result, overall: { score: 2, band: "severe" } })).toBe(false);
    expect(
      accepts({ ...result, domains: [{ id: "fear-of-failure", score: "2", band: null }] }),
    ).toBe(false);
    expect(accepts({ ...result, kind: "answer" })).toBe(false);
  });

  it("rejects a progress record with a wrong id or step", () => {
    expect(accepts({ ...progress, id: "progress-2" })).toBe(false);
    expect(accepts({ ...progress, step: -1 })).toBe(false);
    expect(accepts({ ...progress, step: 1.5 })).toBe(false);
    expect(accepts({ ...progress, step: "1" })).toBe(false);
    expect(accepts({ ...progress, startedAt: undefined })).toBe(false);
  });

  it("still reads a result from another instrument or version, with its own domains", () => {
    const other = {
      ...result,
      instrumentId: "clinic-screen",
      instrumentVersion: 7,
      answers: { "q-1": 4, "q-2": 0 },
      domains: [{ id: "retired-domain", score: 1, band: "low" }],
    };
    expect(accepts(other)).toBe(true);
  });
});

describe("migrating from version 1", () => {
  it("copies createdAt into updatedAt and yields a valid version 2 value", () => {
    const { updatedAt: _u, ...oldResult } = result;
    const { updatedAt: _p, ...oldProgress } = progress;
    const migrated = migrateV1toV2({ version: 1, records: [oldResult, oldProgress] });
    const parsed = v.safeParse(valueSchema, migrated);
    expect(parsed.success).toBe(true);
    if (parsed.success) {
      for (const r of parsed.output.records) expect(r.updatedAt).toBe(r.createdAt);
    }
  });

  it("registers the step as migrations[1]", () => {
    const { updatedAt: _u, ...oldResult } = result;
    const step = migrations[1];
    expect(v.safeParse(valueSchema, step({ version: 1, records: [oldResult] })).success).toBe(true);
  });
});
