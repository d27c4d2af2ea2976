import { describe, expect, it } from "vitest";
import { experimentFromPrefill, goalPlannerFromPrefill } from "../../src/engine/homework/prefill";
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
    const content = experimentFromPrefill({ template: t.id }, "hw123456", TEMPLATES);
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
    const content = experimentFromPrefill(
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

  it("adds no experiment when there is no belief to test", () => {
    expect(experimentFromPrefill({ experiment: "Send it" }, "hw123456", TEMPLATES)).toBeNull();
    expect(experimentFromPrefill(undefined, "hw123456", TEMPLATES)).toBeNull();
  });

  it("refuses a template this site does not have", () => {
    expect(
      experimentFromPrefill({ template: "no-such-template" }, "hw123456", TEMPLATES),
    ).toBeUndefined();
  });

  it("suggests a daily limit only when none is set, and turns the focus into a line to plan from", () => {
    expect(goalPlannerFromPrefill({ limit: 2, focus: " finish lines " }, false)).toEqual({
      limit: 2,
      focus: "Practice from my therapist: finish lines",
    });
    expect(goalPlannerFromPrefill({ limit: 2 }, true)).toEqual({
      limit: undefined,
      focus: undefined,
    });
  });
});
