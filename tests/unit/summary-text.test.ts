import { describe, expect, it } from "vitest";
import { summaryText, type SummaryEntry } from "../../src/lib/summary";

const parts = {
  heading: "Good Enough: session summary",
  intro: "Made on December 6, 2026, with 3 entries chosen to talk about.",
  worksheetTitle: (slug: string) =>
    ({ "thought-record": "Thought record", "goal-planner": "Good-enough goal planner" })[slug] ??
    slug,
  day: (day: string) => `day ${day}`,
  dateLabel: "Date",
};
const entry = (over: Partial<SummaryEntry>): SummaryEntry => ({
  key: "k",
  worksheet: "thought-record",
  day: "2026-12-04",
  title: "Thought record",
  lines: [],
  recordIds: [],
  ...over,
});

describe("the readable session summary file", () => {
  it("has a title, a line under it, each worksheet as a heading, and each entry with its date and fields", () => {
    const text = summaryText(
      [
        entry({
          key: "a",
          title: "The presentation",
          lines: [
            ["What was going on", "Giving the update"],
            ["Belief", "80% → 30%"],
          ],
        }),
        entry({
          key: "b",
          title: "The email",
          day: "2026-12-05",
          lines: [["Feelings", "anxious"]],
        }),
        entry({
          key: "c",
          worksheet: "goal-planner",
          title: "Goals for Dec 6",
          day: "2026-12-06",
          lines: [["Draft the report", "done"]],
        }),
      ],
      parts,
    );
    expect(text).toBe(
      [
        "Good Enough: session summary",
        "============================",
        "",
        "Made on December 6, 2026, with 3 entries chosen to talk about.",
        "",
        "",
        "Thought record",
        "--------------",
        "",
        "### The presentation",
        "",
        "Date: day 2026-12-04",
        "",
        "- What was going on: Giving the update",
        "- Belief: 80% → 30%",
        "",
        "### The email",
        "",
        "Date: day 2026-12-05",
        "",
        "- Feelings: anxious",
        "",
        "",
        "Good-enough goal planner",
        "------------------------",
        "",
        "### Goals for Dec 6",
        "",
        "Date: day 2026-12-06",
        "",
        "- Draft the report: done",
        "",
      ].join("\n"),
    );
  });

  it("keeps a value's further lines under it, indented, so they read as one field", () => {
    const text = summaryText(
      [entry({ lines: [["Warning signs", "Staying up late\nSkipping lunch\n"]] })],
      parts,
    );
    expect(text).toContain("- Warning signs: Staying up late\n  Skipping lunch\n");
  });

  it("is plain text: no JSON, no record ids", () => {
    const text = summaryText([entry({ recordIds: ["secret-id"], lines: [["A", "b"]] })], parts);
    expect(text).not.toContain("secret-id");
    expect(text).not.toMatch(/[{}]/);
  });
});
