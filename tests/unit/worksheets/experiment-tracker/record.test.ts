import { describe, expect, it } from "vitest";
import {
  RATING_FIELDS,
  draftFromRecord,
  emptyDraft,
  experimentStatus,
  fieldsFromDraft,
  filterExperiments,
  parseRating,
  sortExperiments,
  type ExperimentDraft,
} from "../../../../src/worksheets/experiment-tracker/record";
import {
  BELIEF_MESSAGE,
  DATE_MESSAGE,
  RATING_MESSAGE,
  RITUALS_COUNT_MESSAGE,
  counterState,
  validateExperimentDraft,
} from "../../../../src/worksheets/experiment-tracker/messages";
import type { ExperimentRecord } from "../../../../src/worksheets/experiment-tracker/schema";

const draft = (fields: Partial<ExperimentDraft> = {}): ExperimentDraft => ({
  ...emptyDraft(),
  belief: "I must never make mistakes.",
  ...fields,
});

function exp(id: string, fields: Partial<ExperimentRecord> = {}): ExperimentRecord {
  const t = fields.createdAt ?? "2024-05-01T09:00:00.000Z";
  return { id, createdAt: t, updatedAt: t, kind: "experiment", belief: "A belief", ...fields };
}

describe("validating a draft", () => {
  it("needs only the belief", () => {
    expect(validateExperimentDraft(draft())).toEqual({});
    expect(validateExperimentDraft(emptyDraft())).toEqual({ belief: BELIEF_MESSAGE });
    expect(validateExperimentDraft(draft({ belief: "  \n " }))).toEqual({ belief: BELIEF_MESSAGE });
  });

  it.each(RATING_FIELDS)("accepts empty, 0, 100 and a padded number for %s", (field) => {
    for (const ok of ["", "0", "100", " 40 ", "007"]) {
      expect(validateExperimentDraft(draft({ [field]: ok }))).toEqual({});
    }
  });

  it.each(RATING_FIELDS)(
    "explains a rating that is not a whole number from 0 to 100 in %s",
    (field) => {
      for (const bad of ["101", "-1", "12.5", "abc", "1e2", "40%", "1000"]) {
        expect(validateExperimentDraft(draft({ [field]: bad }))).toEqual({
          [field]: RATING_MESSAGE,
        });
      }
    },
  );

  it("puts each error next to its own field", () => {
    const errors = validateExperimentDraft({
      ...emptyDraft(),
      beliefBefore: "150",
      peakDiscomfort: "x",
    });
    expect(Object.keys(errors).sort()).toEqual(["belief", "beliefBefore", "peakDiscomfort"]);
    expect(RATING_MESSAGE).toMatch(/whole number from 0 to 100/);
  });

  it("says the limit is reached for text over 2,000 characters, without cutting it", () => {
    const long = "x".repeat(2001);
    const d = draft({ learned: long });
    const errors = validateExperimentDraft(d);
    expect(errors.learned).toMatch(/^Limit reached: this is 1 character over the 2,000 limit/);
    expect(d.learned).toHaveLength(2001);
    expect(validateExperimentDraft(draft({ learned: "x".repeat(2000) }))).toEqual({});
    expect(validateExperimentDraft(draft({ outcome: "x".repeat(2010) })).outcome).toMatch(
      /10 characters over/,
    );
  });

  it("reports a too-long belief as too long, not as missing", () => {
    expect(validateExperimentDraft(draft({ belief: "x".repeat(2001) })).belief).toMatch(
      /^Limit reached/,
    );
  });

  it("checks that a planned date is a real day", () => {
    expect(validateExperimentDraft(draft({ plannedDate: "2024-02-29" }))).toEqual({});
    expect(validateExperimentDraft(draft({ plannedDate: "2023-02-29" }))).toEqual({
      plannedDate: DATE_MESSAGE,
    });
    expect(validateExperimentDraft(draft({ plannedDate: "tomorrow" }))).toEqual({
      plannedDate: DATE_MESSAGE,
    });
  });

  it("allows up to 30 rituals, ignoring blank ones, and each within the limit", () => {
    const thirty = Array.from({ length: 30 }, (_, i) => `ritual ${i}`);
    expect(validateExperimentDraft(draft({ ritualsToDrop: [...thirty, "", "  "] }))).toEqual({});
    expect(validateExperimentDraft(draft({ ritualsToDrop: [...thirty, "one more"] }))).toEqual({
      ritualsToDrop: RITUALS_COUNT_MESSAGE,
    });
    expect(
      validateExperimentDraft(draft({ ritualsToDrop: ["x".repeat(2001)] })).ritualsToDrop,
    ).toMatch(/^Limit reached/);
  });

  it("parses ratings into numbers only when they are valid", () => {
    expect(parseRating(" 55 ")).toBe(55);
    expect(parseRating("0")).toBe(0);
    expect(parseRating("")).toBeUndefined();
    expect(parseRating("100.0")).toBeUndefined();
  });
});

describe("the character counter", () => {
  it("stays hidden until the text is within 200 characters of the limit", () => {
    expect(counterState("x".repeat(1799)).visible).toBe(false);
    expect(counterState("x".repeat(1800))).toMatchObject({
      visible: true,
      remaining: 200,
      over: false,
      message: "200 characters left",
    });
  });

  it("counts down to the limit and past it", () => {
    expect(counterState("x".repeat(1999)).message).toBe("1 character left");
    expect(counterState("x".repeat(2000))).toMatchObject({ message: "Limit reached", over: false });
    expect(counterState("x".repeat(2003))).toMatchObject({
      visible: true,
      over: true,
      remaining: -3,
      message: "3 characters over the limit",
    });
  });
});

describe("an experiment's status", () => {
  it("is planned on and before its planned day, and ready the day after", () => {
    const r = exp("a", { plannedDate: "2024-05-10" });
    expect(experimentStatus(r, "2024-05-09")).toBe("planned");
    expect(experimentStatus(r, "2024-05-10")).toBe("planned");
    expect(experimentStatus(r, "2024-05-11")).toBe("ready");
  });

  it("becomes ready across a month and a year boundary", () => {
    expect(experimentStatus(exp("a", { plannedDate: "2024-01-31" }), "2024-02-01")).toBe("ready");
    expect(experimentStatus(exp("b", { plannedDate: "2024-12-31" }), "2024-12-31")).toBe("planned");
    expect(experimentStatus(exp("b", { plannedDate: "2024-12-31" }), "2025-01-01")).toBe("ready");
  });

  it("stays planned without a date", () => {
    expect(experimentStatus(exp("a"), "2030-01-01")).toBe("planned");
  });

  it("is done once marked done or once anything about what happened is recorded", () => {
    const past = { plannedDate: "2024-05-01" };
    expect(experimentStatus(exp("a", { ...past, status: "done" }), "2024-06-01")).toBe("done");
    expect(experimentStatus(exp("b", { ...past, outcome: "Fine." }), "2024-06-01")).toBe("done");
    expect(experimentStatus(exp("c", { ...past, beliefAfter: 0 }), "2024-06-01")).toBe("done");
    expect(experimentStatus(exp("d", { ...past, predictionCameTrue: "yes" }), "2024-06-01")).toBe(
      "done",
    );
    expect(experimentStatus(exp("e", { ...past, outcome: "   " }), "2024-06-01")).toBe("ready");
    expect(experimentStatus(exp("f", { ...past, status: "planned" }), "2024-06-01")).toBe("ready");
  });
});

describe("the experiment list", () => {
  const today = "2024-05-15";
  const future = exp("future", { plannedDate: "2024-05-20" });
  const ready = exp("ready", { plannedDate: "2024-05-01" });
  const undated = exp("undated");
  const finished = exp("finished", { plannedDate: "2024-05-02", status: "done" });
  const all = [future, ready, undated, finished];

  it("shows everything under all", () => {
    expect(filterExperiments(all, "all", today).map((r) => r.id)).toEqual([
      "future",
      "ready",
      "undated",
      "finished",
    ]);
  });

  it("counts experiments ready to record as planned", () => {
    expect(filterExperiments(all, "planned", today).map((r) => r.id)).toEqual([
      "future",
      "ready",
      "undated",
    ]);
  });

  it("shows only finished experiments under done", () => {
    expect(filterExperiments(all, "done", today).map((r) => r.id)).toEqual(["finished"]);
  });

  it("sorts by planned date, falling back to the day it was made", () => {
    const made = exp("made", { createdAt: "2024-05-10T12:00:00.000Z" });
    const list = [future, made, ready, finished];
    expect(sortExperiments(list, "oldest").map((r) => r.id)).toEqual([
      "ready",
      "finished",
      "made",
      "future",
    ]);
    expect(sortExperiments(list, "newest").map((r) => r.id)).toEqual([
      "future",
      "made",
      "finished",
      "ready",
    ]);
  });

  it("breaks ties on the same day by when each was made", () => {
    const early = exp("early", {
      plannedDate: "2024-05-05",
      createdAt: "2024-05-01T08:00:00.000Z",
    });
    const late = exp("late", { plannedDate: "2024-05-05", createdAt: "2024-05-03T08:00:00.000Z" });
    expect(sortExperiments([late, early], "oldest").map((r) => r.id)).toEqual(["early", "late"]);
    expect(sortExperiments([early, late], "newest").map((r) => r.id)).toEqual(["late", "early"]);
  });

  it("does not change the list it is given", () => {
    const list = [future, ready];
    sortExperiments(list, "oldest");
    expect(list.map((r) => r.id)).toEqual(["future", "ready"]);
  });
});

describe("turning drafts into records and back", () => {
  it("trims text, leaves out empty fields and turns ratings into numbers", () => {
    const fields = fieldsFromDraft(
      draft({
        belief: "  I must be perfect. ",
        situation: "   ",
        beliefBefore: " 70 ",
        peakDiscomfort: "",
        ritualsToDrop: [" Rechecking ", ""],
        predictionCameTrue: "partly",
        plannedDate: "2024-05-02",
      }),
    );
    expect(fields).toEqual({
      belief: "I must be perfect.",
      beliefBefore: 70,
      ritualsToDrop: ["Rechecking"],
      predictionCameTrue: "partly",
      plannedDate: "2024-05-02",
    });
  });

  it("round-trips a saved record through a draft", () => {
    const record = exp("a", {
      belief: "Mistakes mean I'm careless.",
      beliefBefore: 0,
      beliefAfter: 35,
      experiment: "Send after one read",
      ritualsToDrop: ["Rereading"],
      predictionCameTrue: "no",
      plannedDate: "2024-05-03",
      templateId: "email-one-read",
    });
    const d = draftFromRecord(record);
    expect(d.beliefBefore).toBe("0");
    expect(d.outcome).toBe("");
    const { id: _i, createdAt: _c, updatedAt: _u, kind: _k, ...content } = record;
    expect(fieldsFromDraft(d)).toEqual(content);
  });
});
