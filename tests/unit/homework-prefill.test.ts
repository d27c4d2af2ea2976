import { describe, expect, it } from "vitest";
import { experimentFromPrefill } from "../../src/worksheets/experiment-tracker/prefill";
import { goalPlannerFromPrefill } from "../../src/worksheets/goal-planner/prefill";
import { TEMPLATES } from "../../src/worksheets/experiment-tracker/templates";
import * as v from "../../src/engine/core/validate";
import { recordSchema } from "../../src/worksheets/experiment-tracker/schema";

const stamp = {
  id: "x",
  createdAt: "2026-11-26T10:00:00.000Z",
  updatedAt: "2026-11-26T10:00:00.000Z",
};

describe("homework pre-fills", () => {
  it("makes a planned experiment from a template, valid for storage", () => {
    const t = TEMPLATES[0]!;
    const { content, dropped } = experimentFromPrefill({ template: t.id }, "hw123456", TEMPLATES);
    expect(dropped).toEqual([]);
    expect(content).toMatchObject({
      kind: "experiment",
      status: "planned",
      belief: t.belief,
      templateId: t.id,
      homeworkId: "hw123456",
    });
    expect(v.safeParse(recordSchema, { ...stamp, ...content }).success).toBe(true);
  });

  it("lets the therapist's own words replace the template's", () => {
    const { content } = experimentFromPrefill(
      {
        template: TEMPLATES[1]!.id,
        belief: "If I say I don't know, I'll lose respect",
        rituals: ["Googling first"],
      },
      "hw123456",
      TEMPLATES,
    );
    expect(content).toMatchObject({
      belief: "If I say I don't know, I'll lose respect",
      ritualsToDrop: ["Googling first"],
    });
  });

  it("adds nothing, and drops nothing, for a link with no pre-fill", () => {
    expect(experimentFromPrefill(undefined, "hw123456", TEMPLATES)).toEqual({
      content: null,
      dropped: [],
    });
  });

  it("names what to do and what to drop as left out when there is no belief to test", () => {
    expect(experimentFromPrefill({ experiment: "Send it" }, "hw123456", TEMPLATES)).toEqual({
      content: null,
      dropped: ["no-belief"],
    });
    expect(experimentFromPrefill({ rituals: ["Rereading"] }, "hw123456", TEMPLATES)).toEqual({
      content: null,
      dropped: ["no-belief"],
    });
  });

  it("refuses a template this site does not have when nothing else can be used", () => {
    expect(experimentFromPrefill({ template: "no-such-template" }, "hw123456", TEMPLATES)).toEqual({
      content: null,
      dropped: ["unknown-template"],
    });
  });

  it("uses the therapist's own belief when the template they named is not on this site", () => {
    const { content, dropped } = experimentFromPrefill(
      { template: "no-such-template", belief: "If I pause, they'll think I'm slow" },
      "hw123456",
      TEMPLATES,
    );
    expect(dropped).toEqual(["unknown-template"]);
    expect(content).toMatchObject({ belief: "If I pause, they'll think I'm slow" });
    expect(content).not.toHaveProperty("templateId");
  });

  it("sets a suggested daily limit when none is chosen, and turns the focus into a line", () => {
    const line = (f: string) => `Practice from my therapist: ${f}`;
    expect(goalPlannerFromPrefill({ limit: 2, focus: " finish lines " }, undefined, line)).toEqual({
      limit: 2,
      suggested: undefined,
      focus: "Practice from my therapist: finish lines",
    });
  });

  it("offers a suggested daily limit that differs from the client's own, rather than dropping it", () => {
    const line = (f: string) => f;
    expect(goalPlannerFromPrefill({ limit: 3 }, 5, line)).toEqual({
      limit: undefined,
      suggested: 3,
      focus: undefined,
    });
    // The same number as theirs: nothing to set, nothing to ask.
    expect(goalPlannerFromPrefill({ limit: 5 }, 5, line)).toEqual({
      limit: undefined,
      suggested: undefined,
      focus: undefined,
    });
    // No suggestion: their limit is left alone.
    expect(goalPlannerFromPrefill({ focus: "fewer goals" }, 4, line)).toEqual({
      limit: undefined,
      suggested: undefined,
      focus: "fewer goals",
    });
  });
});
