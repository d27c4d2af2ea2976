import { describe, expect, it } from "vitest";
import { selfScreenEntries } from "../../../../src/worksheets/self-screen/summary";
import { summaryNames } from "../../../../src/worksheets/self-screen/summary-names";
import type { ResultRecord } from "../../../../src/worksheets/self-screen/schema";

const resultAt = (id: string, at: Date): ResultRecord => ({
  id,
  kind: "result",
  createdAt: at.toISOString(),
  updatedAt: at.toISOString(),
  completedAt: at.toISOString(),
  instrumentId: "i",
  instrumentVersion: 1,
  answers: {},
  domains: [],
  overall: { score: 2, band: "moderate" },
  impact: { score: null, band: null },
});

describe("self-screen results in the session summary", () => {
  it("names each result with its time, so two from one day differ, on the person's own day", () => {
    const entries = selfScreenEntries(
      [resultAt("a", new Date(2026, 11, 6, 9, 5)), resultAt("b", new Date(2026, 11, 6, 23, 41))],
      summaryNames(),
      "en-US",
    );
    expect(entries.map((e) => e.day)).toEqual(["2026-12-06", "2026-12-06"]);
    expect(entries[0]!.title).toMatch(/^Self-screen result at 9:05\sAM$/);
    expect(entries[1]!.title).toMatch(/^Self-screen result at 11:41\sPM$/);
  });
});
