import { describe, expect, it } from "vitest";
import * as v from "../../../../src/engine/core/validate";
import {
  LADDER_STEPS_MAX,
  ladderFromPrefill,
} from "../../../../src/worksheets/exposure-ladder/prefill";
import {
  ladderPrefill,
  stepFromLine,
  stepLineCount,
} from "../../../../src/worksheets/exposure-ladder/PrefillForm";
import { homeworkSchema } from "../../../../src/engine/homework/link-schema";
import { recordSchema } from "../../../../src/worksheets/exposure-ladder/schema";
import words from "../../../../src/worksheets/exposure-ladder/words/en.json";

const untitled = words.homeworkUntitled;

const stamp = {
  id: "x",
  createdAt: "2026-11-26T10:00:00.000Z",
  updatedAt: "2026-11-26T10:00:00.000Z",
};

describe("the therapist's lines in the link builder", () => {
  it.each([
    ["Send an email after one read, 30", { d: "Send an email after one read", s: 30 }],
    ["Leave a typo in a text (15)", { d: "Leave a typo in a text", s: 15 }],
    ["Hand in a draft – 60", { d: "Hand in a draft", s: 60 }],
    ["Present without notes: 100", { d: "Present without notes", s: 100 }],
    ["  Wear mismatched socks,0 ", { d: "Wear mismatched socks", s: 0 }],
  ])("reads a distress rating at the end of %j", (line, step) => {
    expect(stepFromLine(line)).toEqual(step);
  });

  it.each(["Call my mother at 5", "Read it 2 times", "Send it, 150", "Step 101"])(
    "keeps %j whole when it does not end in a rating",
    (line) => {
      expect(stepFromLine(line)).toEqual({ d: line });
    },
  );

  it("skips blank lines", () => {
    expect(stepFromLine("   ")).toBeNull();
    expect(stepLineCount("a\n\n  \nb, 20\n")).toBe(2);
  });

  it("makes a pre-fill that trims, drops empties, caps lengths and keeps at most 15 steps", () => {
    const lines = Array.from({ length: LADDER_STEPS_MAX + 3 }, (_, i) => `Step ${i + 1}, ${i * 5}`);
    const prefill = ladderPrefill(
      `  ${"t".repeat(250)} `,
      ["", ...lines, "x".repeat(300)].join("\n"),
    );
    expect(prefill?.theme).toHaveLength(200);
    expect(prefill?.steps).toHaveLength(LADDER_STEPS_MAX);
    expect(prefill?.steps?.[0]).toEqual({ d: "Step 1", s: 0 });
    expect(ladderPrefill("", "Only a step")).toEqual({ steps: [{ d: "Only a step" }] });
    expect(ladderPrefill("Mistakes", " \n ")).toEqual({ theme: "Mistakes" });
    expect(ladderPrefill("  ", "\n")).toBeUndefined();
  });

  it("always makes a pre-fill the link format accepts", () => {
    const prefill = ladderPrefill(
      "x".repeat(999),
      Array(40)
        .fill("y".repeat(400) + ", 50")
        .join("\n"),
    );
    const hw = { v: 1, id: "abcdEFGH1234", w: "exposure-ladder", prefill };
    expect(v.safeParse(homeworkSchema, hw).success).toBe(true);
  });
});

describe("an accepted exposure-ladder link", () => {
  it("becomes a new ladder with the therapist's steps, tagged with the homework, valid for storage", () => {
    const made = ladderFromPrefill(
      {
        theme: " Being seen to make a mistake ",
        steps: [{ d: "Send a text with a typo", s: 20 }, { d: " Rate me later " }],
      },
      "hw123456",
      untitled,
    );
    expect(made?.ladder).toEqual({
      kind: "ladder",
      theme: "Being seen to make a mistake",
      homeworkId: "hw123456",
    });
    expect(made?.steps).toEqual([
      { kind: "step", description: "Send a text with a typo", expectedSuds: 20, mastered: false },
      { kind: "step", description: "Rate me later", mastered: false },
    ]);
    expect(v.safeParse(recordSchema, { ...stamp, ...made!.ladder }).success).toBe(true);
    for (const s of made!.steps) {
      expect(v.safeParse(recordSchema, { ...stamp, ...s, ladderId: "x" }).success).toBe(true);
    }
  });

  it("keeps the due date in the ladder's notes, where the person sees it and can change it", () => {
    const due = "Homework from my therapist, due Dec 10, 2026.";
    const made = ladderFromPrefill({ theme: "Mistakes" }, "hw123456", untitled, due);
    expect(made?.ladder.notes).toBe(due);
    expect(v.safeParse(recordSchema, { ...stamp, ...made!.ladder }).success).toBe(true);
    expect(
      ladderFromPrefill({ theme: "Mistakes" }, "hw123456", untitled)?.ladder,
    ).not.toHaveProperty("notes");
  });

  it("names a ladder sent without a theme, and adds nothing when the link pre-fills nothing", () => {
    expect(
      ladderFromPrefill({ steps: [{ d: "Send it" }] }, "hw123456", untitled)?.ladder.theme,
    ).toBe("The ladder from my therapist");
    expect(ladderFromPrefill(undefined, "hw123456", untitled)).toBeNull();
    expect(
      ladderFromPrefill({ theme: "  ", steps: [{ d: " " }] }, "hw123456", untitled),
    ).toBeNull();
  });
});
