import { describe, expect, it } from "vitest";
import {
  chartData,
  hasRatings,
  newestFirst,
  splitStored,
} from "../../../../src/worksheets/thought-record/view";
import { shorten } from "../../../../src/worksheets/thought-record/text";
import type { ThoughtRecord } from "../../../../src/worksheets/thought-record/schema";

import { savedThought, draftThought } from "../../../support/thought-record";

const T = "2026-11-03T09:30:00.000Z";

const rec = (fields: Partial<ThoughtRecord> = {}) => savedThought({ when: T, ...fields });

const draft = draftThought();

describe("the list of thought records", () => {
  it("sets saved records and drafts apart", () => {
    const a = rec({ id: "a" });
    expect(splitStored([draft, a])).toEqual({ records: [a], drafts: [draft] });
  });

  it("lists the newest first, by when it happened, then by when it was written", () => {
    const list = [
      rec({ id: "old", when: "2026-11-01T10:00:00.000Z" }),
      rec({ id: "new", when: "2026-11-05T10:00:00.000Z" }),
      rec({
        id: "tie-first",
        when: "2026-11-03T10:00:00.000Z",
        createdAt: "2026-11-03T11:00:00.000Z",
      }),
      rec({
        id: "tie-later",
        when: "2026-11-03T10:00:00.000Z",
        createdAt: "2026-11-04T08:00:00.000Z",
      }),
    ];
    expect(newestFirst(list).map((r) => r.id)).toEqual(["new", "tie-later", "tie-first", "old"]);
    expect(list[0]!.id).toBe("old");
  });
});

describe("the chart of a record's ratings", () => {
  it("has a row for each feeling, then belief, with gaps where a rating was skipped", () => {
    const r = rec({
      emotions: [
        { name: "anxious", before: 80, after: 40 },
        { name: "ashamed", before: 60 },
      ],
      beliefBefore: 85,
    });
    expect(chartData(r, "Belief in the automatic thought")).toEqual({
      categories: ["anxious", "ashamed", "Belief in the automatic thought"],
      before: [80, 60, 85],
      after: [40, null, null],
    });
  });

  it("gives a feeling named twice its own row", () => {
    const r = rec({
      emotions: [
        { name: "Sad", before: 50 },
        { name: "sad", before: 40 },
      ],
    });
    expect(chartData(r, "Belief in the automatic thought").categories).toEqual(["Sad", "sad (2)"]);
  });

  it("has nothing to draw for a record without ratings", () => {
    expect(hasRatings(rec())).toBe(false);
    expect(hasRatings(rec({ beliefAfter: 20 }))).toBe(true);
    expect(hasRatings(rec({ emotions: [{ name: "tense", before: 0 }] }))).toBe(true);
  });
});

describe("short text", () => {
  it("leaves short text whole and folds its spaces", () => {
    expect(shorten("  I  always\nget it wrong. ")).toBe("I always get it wrong.");
  });

  it("cuts long text at a word, without trailing punctuation", () => {
    const s = shorten("Everyone noticed, and now they think I can't do my job at all", 30);
    expect(s).toBe("Everyone noticed, and now…");
    expect(s.length).toBeLessThanOrEqual(30);
    expect(shorten("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
  });
});
