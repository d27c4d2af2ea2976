import { describe, expect, it } from "vitest";
import {
  beliefSummary,
  contentFromDraft,
  experimentTitle,
  formatRating,
  replacingPatch,
  sameDraft,
  shorten,
} from "../../../../src/worksheets/experiment-tracker/view";
import {
  checkDraft,
  countText,
  draftFromRecord,
  emptyDraft,
  RATING_FIELDS,
  TEXT_FIELDS,
} from "../../../../src/worksheets/experiment-tracker/record";
import {
  counterState,
  validateExperimentDraft,
} from "../../../../src/worksheets/experiment-tracker/messages";
import {
  chartData,
  computeInsights,
  doneWithoutRatings,
} from "../../../../src/worksheets/experiment-tracker/insights";
import {
  AFTER_STEPS,
  BEFORE_STEPS,
  FIELD_WORDS,
} from "../../../../src/worksheets/experiment-tracker/labels";
import {
  buildPageData,
  pageDataJson,
} from "../../../../src/worksheets/experiment-tracker/page-data";
import {
  draftFromPrevious,
  nextHint,
  TEMPLATES,
} from "../../../../src/worksheets/experiment-tracker/templates";
import {
  recordSchema,
  type ExperimentRecord,
} from "../../../../src/worksheets/experiment-tracker/schema";
import * as v from "../../../../src/engine/core/validate";
import { words } from "../../../../src/engine/core/words";
import en from "../../../../src/worksheets/experiment-tracker/words/en.json";

function exp(id: string, fields: Partial<ExperimentRecord> = {}): ExperimentRecord {
  const t = fields.createdAt ?? "2024-05-01T09:00:00.000Z";
  return { id, createdAt: t, updatedAt: t, kind: "experiment", belief: "A belief", ...fields };
}

const NOW = new Date("2024-06-01T12:00:00.000Z");

describe("saving a draft", () => {
  it("saves a plan with only the before part as planned", () => {
    const content = contentFromDraft(
      { ...emptyDraft(), belief: "I must be perfect.", beliefBefore: "80" },
      undefined,
      NOW,
    );
    expect(content).toEqual({
      kind: "experiment",
      belief: "I must be perfect.",
      beliefBefore: 80,
      status: "planned",
    });
    expect(
      v.safeParse(recordSchema, {
        ...content,
        id: "x",
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      }).success,
    ).toBe(true);
  });

  it("marks it done, with the time, once anything about what happened is filled in", () => {
    for (const after of [
      { outcome: "It went fine." },
      { learned: "Most people don't notice." },
      { beliefAfter: "0" },
      { peakDiscomfort: "40" },
      { predictionCameTrue: "yes" as const },
    ]) {
      const content = contentFromDraft({ ...emptyDraft(), belief: "B", ...after }, undefined, NOW);
      expect(content).toMatchObject({ status: "done", completedAt: NOW.toISOString() });
    }
  });

  it("keeps the day it was first done when it is edited later", () => {
    const existing = exp("a", {
      status: "done",
      completedAt: "2024-05-02T08:00:00.000Z",
      outcome: "Fine.",
    });
    const content = contentFromDraft(draftFromRecord(existing), existing, NOW);
    expect(content.completedAt).toBe("2024-05-02T08:00:00.000Z");
  });

  it("goes back to planned when every part of after is cleared", () => {
    const existing = exp("a", {
      status: "done",
      completedAt: "2024-05-02T08:00:00.000Z",
      outcome: "Fine.",
    });
    const content = contentFromDraft({ ...draftFromRecord(existing), outcome: "" }, existing, NOW);
    expect(content.status).toBe("planned");
    expect(content).not.toHaveProperty("completedAt");
  });

  it("removes the fields a person emptied when it patches a saved record", () => {
    const existing = exp("a", { where: "Home", beliefBefore: 70, templateId: "email-one-read" });
    const content = contentFromDraft(
      { ...draftFromRecord(existing), where: "", beliefBefore: "" },
      existing,
      NOW,
    );
    const patch = replacingPatch(existing, content);
    expect(patch).toHaveProperty("where", undefined);
    expect(patch).toHaveProperty("beliefBefore", undefined);
    expect(patch).toMatchObject({
      belief: "A belief",
      templateId: "email-one-read",
      status: "planned",
    });
    expect(patch).not.toHaveProperty("id");
    expect(patch).not.toHaveProperty("createdAt");
    expect({ ...existing, ...patch }).toEqual({
      ...exp("a", { templateId: "email-one-read", status: "planned" }),
      where: undefined,
      beliefBefore: undefined,
    });
  });
});

describe("telling whether a draft changed", () => {
  it("ignores surrounding spaces and empty ritual rows", () => {
    const a = { ...emptyDraft(), belief: "B", ritualsToDrop: ["Re-checking"] };
    expect(sameDraft(a, { ...a, belief: " B ", ritualsToDrop: ["Re-checking", "  "] })).toBe(true);
  });

  it("notices a changed answer, even one that is not valid yet", () => {
    const a = { ...emptyDraft(), belief: "B" };
    expect(sameDraft(a, { ...a, beliefBefore: "abc" })).toBe(false);
    expect(sameDraft(a, { ...a, predictionCameTrue: "no" })).toBe(false);
    expect(sameDraft(a, { ...a, ritualsToDrop: ["Checking"] })).toBe(false);
  });
});

describe("words on the list", () => {
  it("shortens long text at a word break, with an ellipsis", () => {
    expect(shorten("Short enough", 20)).toBe("Short enough");
    expect(shorten("Write the email, read it through once, and send it.", 30)).toBe(
      "Write the email, read it…",
    );
    expect(shorten("  spaces   inside\n\nand out ", 40)).toBe("spaces inside and out");
  });

  it("titles an experiment by what the person will do, or else by the belief", () => {
    expect(experimentTitle(exp("a", { experiment: "Leave the dishes." }))).toBe(
      "Leave the dishes.",
    );
    expect(experimentTitle(exp("a", { experiment: "   " }))).toBe("A belief");
  });

  it("sums up the belief and its ratings without repeating the heading", () => {
    expect(
      beliefSummary(exp("a", { experiment: "Do it.", beliefBefore: 80, beliefAfter: 35 })),
    ).toBe("A belief (80% before, 35% after)");
    expect(beliefSummary(exp("a", { experiment: "Do it.", beliefBefore: 0 }))).toBe(
      "A belief (0%)",
    );
    expect(beliefSummary(exp("a", { experiment: "Do it." }))).toBe("A belief");
    expect(beliefSummary(exp("a", { beliefBefore: 60, beliefAfter: 50 }))).toBe(
      "60% before, 50% after",
    );
    expect(beliefSummary(exp("a", { beliefAfter: 50 }))).toBe("50% after");
    expect(beliefSummary(exp("a"))).toBe("");
  });
});

describe("the insights chart", () => {
  it("numbers the categories so two experiments with the same plan each get a row", () => {
    const same = { experiment: "Send it.", status: "done" as const };
    const { points } = computeInsights([
      exp("a", { ...same, beliefBefore: 80, beliefAfter: 40 }),
      exp("b", {
        ...same,
        beliefBefore: 40,
        beliefAfter: 30,
        createdAt: "2024-05-02T09:00:00.000Z",
      }),
    ]);
    expect(chartData(points)).toEqual({
      categories: ["1. Send it.", "2. Send it."],
      before: [80, 40],
      after: [40, 30],
    });
  });

  it("counts finished experiments the chart leaves out for a missing rating", () => {
    expect(
      doneWithoutRatings([
        exp("a", { status: "done", beliefBefore: 80, beliefAfter: 40 }),
        exp("b", { status: "done", beliefBefore: 80 }),
        exp("c", { outcome: "Fine." }),
        exp("d", { beliefBefore: 80 }),
      ]),
    ).toBe(2);
  });
});

describe("the field words", () => {
  const inSteps = [...BEFORE_STEPS, ...AFTER_STEPS].flatMap((s) => s.fields);

  it("ask about every field of the record exactly once, before then after", () => {
    const all = [
      ...TEXT_FIELDS,
      ...RATING_FIELDS,
      "plannedDate",
      "ritualsToDrop",
      "predictionCameTrue",
    ];
    expect([...inSteps].sort()).toEqual([...all].sort());
    expect(new Set(inSteps).size).toBe(inSteps.length);
    expect(BEFORE_STEPS.flatMap((s) => s.fields)).not.toContain("outcome");
  });

  it("give every rating its 0–100 meaning", () => {
    for (const f of RATING_FIELDS) {
      expect(FIELD_WORDS[f].label).toMatch(/0–100/);
      expect(FIELD_WORDS[f].hint).toMatch(/^0 means .*; 100 means /);
    }
  });

  it("shows belief ratings as percentages and discomfort out of 100", () => {
    const w = words(en);
    expect(formatRating("beliefBefore", 80, w)).toBe("80%");
    expect(formatRating("peakDiscomfort", 60, w)).toBe("60 of 100");
    expect(formatRating("expectedDiscomfort", 0, w)).toBe("0 of 100");
  });
});

describe("the page data", () => {
  it("holds the templates and words unchanged through JSON", () => {
    expect(JSON.parse(pageDataJson())).toEqual(buildPageData());
    expect(buildPageData().templates).toHaveLength(TEMPLATES.length);
  });

  it("cannot close the script element it is placed in", () => {
    expect(pageDataJson()).not.toMatch(/</);
  });

  it("carries the form's words, so the page's checks read as the tested ones", () => {
    const data = JSON.parse(pageDataJson()) as ReturnType<typeof buildPageData>;
    const d = { ...emptyDraft(), beliefBefore: "150", plannedDate: "2023-02-29" };
    const long = { ...d, belief: "x".repeat(2001), ritualsToDrop: ["y".repeat(2003)] };
    for (const draft of [d, long]) {
      expect(checkDraft(draft, data.messages)).toEqual(validateExperimentDraft(draft));
    }
    for (const n of [1799, 1999, 2000, 2001, 2150]) {
      expect(countText("x".repeat(n), data.messages)).toEqual(counterState("x".repeat(n)));
    }
    for (const answer of [undefined, "yes", "partly", "no"] as const) {
      const r = exp("a", answer && { predictionCameTrue: answer });
      expect(nextHint(r, data.next)).toBe(draftFromPrevious(r).hint);
    }
  });
});
