import { describe, expect, it } from "vitest";
import {
  deleteQuestion,
  idsToRemove,
  laddersOf,
  practicesOf,
  stepNumber,
  stepsOf,
} from "../../../../src/worksheets/exposure-ladder/view";
import { ladderOverview, practiceSummary } from "../../../../src/worksheets/exposure-ladder/steps";
import en from "../../../../src/worksheets/exposure-ladder/words/en.json";
import { words } from "../../../../src/engine/core/words";

const w = words(en, "en-US");
import type { ExposureLadderRecord } from "../../../../src/worksheets/exposure-ladder/schema";

const at = (day: number) => `2026-05-${String(day).padStart(2, "0")}T09:00:00.000Z`;
const base = (id: string, day = 1) => ({ id, createdAt: at(day), updatedAt: at(day) });

/** Two ladders: "work" with three steps (two practiced), and "home" with one step. */
const records: ExposureLadderRecord[] = [
  { ...base("work", 1), kind: "ladder", theme: "Being seen to make a mistake" },
  { ...base("home", 3), kind: "ladder", theme: "A house that is not spotless" },
  {
    ...base("s-high"),
    kind: "step",
    ladderId: "work",
    description: "Present without notes",
    expectedSuds: 80,
    mastered: false,
  },
  {
    ...base("s-low"),
    kind: "step",
    ladderId: "work",
    description: "Send a text with a typo",
    expectedSuds: 20,
    mastered: true,
  },
  {
    ...base("s-mid"),
    kind: "step",
    ladderId: "work",
    description: "Hand in a report after one read",
    expectedSuds: 50,
    mastered: false,
  },
  {
    ...base("s-home"),
    kind: "step",
    ladderId: "home",
    description: "Leave the dishes overnight",
    expectedSuds: 30,
    mastered: false,
  },
  { ...base("p1"), kind: "practice", stepId: "s-low", day: "2026-05-04", peak: 40 },
  {
    ...base("p2"),
    kind: "practice",
    stepId: "s-low",
    day: "2026-05-02",
    before: 30,
    peak: 60,
    after: 10,
  },
  { ...base("p3"), kind: "practice", stepId: "s-mid", day: "2026-05-05" },
];

describe("how the records fit together", () => {
  it("lists ladders newest first", () => {
    expect(laddersOf(records).map((l) => l.theme)).toEqual([
      "A house that is not spotless",
      "Being seen to make a mistake",
    ]);
  });

  it("gives one ladder's steps in order, and says where a step sits", () => {
    const steps = stepsOf(records, "work");
    expect(steps.map((s) => s.id)).toEqual(["s-low", "s-mid", "s-high"]);
    expect(stepNumber(steps, "s-high")).toBe(3);
    expect(stepNumber(steps, "s-home")).toBe(0);
  });

  it("gives one step's practices and no one else's", () => {
    expect(practicesOf(records, "s-low").map((p) => p.id)).toEqual(["p1", "p2"]);
    expect(practicesOf(records, "s-high")).toEqual([]);
  });
});

describe("deleting", () => {
  it("takes a ladder's steps and their practices with it, and nothing of another ladder", () => {
    expect(idsToRemove(records, "work").sort()).toEqual(
      ["work", "s-high", "s-low", "s-mid", "p1", "p2", "p3"].sort(),
    );
    expect(idsToRemove(records, "home")).toEqual(["home", "s-home"]);
  });

  it("takes a step's practices with it, and a practice only itself", () => {
    expect(idsToRemove(records, "s-low")).toEqual(["s-low", "p1", "p2"]);
    expect(idsToRemove(records, "p3")).toEqual(["p3"]);
    expect(idsToRemove(records, "nope")).toEqual([]);
  });

  it("asks first, naming what goes with it", () => {
    expect(deleteQuestion(records, "work", w, "en-US")).toEqual({
      title: "Delete this ladder?",
      text: "“Being seen to make a mistake”, its 3 steps and 3 practices will be deleted from this device. You can undo it for a few seconds.",
    });
    expect(deleteQuestion(records, "home", w, "en-US")?.text).toContain(
      "its 1 step and 0 practices",
    );
    expect(deleteQuestion(records, "s-mid", w, "en-US")?.text).toMatch(
      /^“Hand in a report after one read” and its 1 practice will be deleted/,
    );
    expect(deleteQuestion(records, "s-high", w, "en-US")?.text).toMatch(
      /^“Present without notes” will be deleted from this device/,
    );
    expect(deleteQuestion(records, "p2", w, "en-US")).toEqual({
      title: "Delete this practice?",
      text: "The practice on May 2, 2026 will be deleted from this device. You can undo it for a few seconds.",
    });
    expect(deleteQuestion(records, "nope", w, "en-US")).toBeNull();
  });
});

describe("a ladder in the list", () => {
  it("counts steps, mastered steps and practices, and names the next step", () => {
    const o = ladderOverview(records, "work", w);
    expect(o.text).toBe("3 steps, 1 mastered, 3 practices.");
    expect(o.next?.id).toBe("s-mid");
    expect(ladderOverview(records, "home", w).text).toBe("1 step, 0 mastered, 0 practices.");
  });

  it("says when a ladder has no steps yet", () => {
    const o = ladderOverview([records[0]!], "work", w);
    expect(o).toEqual({ next: null, text: "No steps yet." });
  });
});

describe("a step's practices in a line", () => {
  it("gives the count, the days and each peak, oldest first", () => {
    expect(practiceSummary(practicesOf(records, "s-low"), w, "en-US")).toBe(
      "2 practices, May 2, 2026 to May 4, 2026. Peak distress: 60, 40.",
    );
  });

  it("says a single day once, and leaves out peaks that were not rated", () => {
    expect(practiceSummary(practicesOf(records, "s-mid"), w, "en-US")).toBe(
      "1 practice, on May 5, 2026.",
    );
    expect(practiceSummary([], w, "en-US")).toBe("No practices logged yet.");
  });
});
