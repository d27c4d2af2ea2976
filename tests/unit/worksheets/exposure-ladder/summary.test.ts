import { describe, expect, it } from "vitest";
import { exposureLadderEntries } from "../../../../src/worksheets/exposure-ladder/summary";
import text from "../../../../src/worksheets/exposure-ladder/words/summary.en.json";
import type { ExposureLadderRecord } from "../../../../src/worksheets/exposure-ladder/schema";

const t = "2026-11-20T10:00:00.000Z";
const base = (id: string) => ({ id, createdAt: t, updatedAt: t });

describe("the exposure ladder in a session summary", () => {
  const records: ExposureLadderRecord[] = [
    {
      ...base("l1"),
      kind: "ladder",
      theme: "Being seen to make a mistake",
      notes: "Mostly at work",
    },
    {
      ...base("s2"),
      kind: "step",
      ladderId: "l1",
      description: "Present without notes",
      expectedSuds: 80,
      mastered: false,
    },
    {
      ...base("s1"),
      kind: "step",
      ladderId: "l1",
      description: "Send a text with a typo",
      expectedSuds: 20,
      ritualsToDrop: ["Rereading it", "Apologizing"],
      mastered: true,
    },
    { ...base("s3"), kind: "step", ladderId: "l1", description: "Rate me later", mastered: false },
    { ...base("p2"), kind: "practice", stepId: "s1", day: "2026-11-24", peak: 35 },
    { ...base("p1"), kind: "practice", stepId: "s1", day: "2026-11-21", peak: 60 },
    { ...base("p3"), kind: "practice", stepId: "s1", day: "2026-11-22" },
    { ...base("l2"), kind: "ladder", theme: "An untidy home" },
  ];
  const [work, home] = exposureLadderEntries(records, text);

  it("makes one block per ladder, its steps from least to most distress", () => {
    expect(work).toMatchObject({
      key: "exposure-ladder:l1",
      worksheet: "exposure-ladder",
      title: "Exposure ladder: Being seen to make a mistake",
      day: "2026-11-24",
    });
    expect(work!.lines).toEqual([
      ["Fear theme", "Being seen to make a mistake"],
      ["Notes", "Mostly at work"],
      [
        "Step 1: Send a text with a typo",
        "Expected distress: 20. Dropping: Rereading it; Apologizing. Practices: 3, peak distress 60 → 35. Mastered.",
      ],
      ["Step 2: Present without notes", "Expected distress: 80. Practices: 0."],
      ["Step 3: Rate me later", "Expected distress: not rated yet. Practices: 0."],
    ]);
  });

  it("carries every record behind a ladder, for the download", () => {
    expect(work!.recordIds.sort()).toEqual(["l1", "p1", "p2", "p3", "s1", "s2", "s3"]);
    expect(home!.recordIds).toEqual(["l2"]);
  });

  it("dates a ladder without practices by the day it was started", () => {
    expect(home!.day).toMatch(/^2026-11-(19|20|21)$/);
    expect(home!.lines).toEqual([["Fear theme", "An untidy home"]]);
  });
});
