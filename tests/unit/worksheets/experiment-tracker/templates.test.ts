import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import {
  TEMPLATES,
  draftFromPrevious,
  draftFromTemplate,
  findTemplate,
  templateHint,
} from "../../../../src/worksheets/experiment-tracker/templates";
import { caution } from "../../../../src/lib/safety-caution";
import {
  RATING_FIELDS,
  TEXT_FIELDS,
  emptyDraft,
  fieldsFromDraft,
} from "../../../../src/worksheets/experiment-tracker/record";
import { validateExperimentDraft } from "../../../../src/worksheets/experiment-tracker/messages";
import {
  recordSchema,
  type ExperimentRecord,
} from "../../../../src/worksheets/experiment-tracker/schema";

const T = "2024-05-01T09:00:00.000Z";
const meta = { id: "new", createdAt: T, updatedAt: T, kind: "experiment" as const };

// The issue's list, each as a pattern a template title must match.
const ISSUE_LIST: [string, RegExp][] = [
  ["send an email after one read", /email.*one read/i],
  ["make a small deliberate mistake", /small mistake on purpose/i],
  ["leave the dishes overnight", /dishes overnight/i],
  ["hand in work at good enough", /hand in work.*good enough/i],
  ["ask for feedback without apologizing first", /feedback without apologizing/i],
  ["delay checking by 30 minutes", /30 minutes.*check/i],
  ["arrive at a meeting without over-preparing", /meeting without over-preparing/i],
  ["say I don't know once", /say .I don't know. once/i],
  ["do a creative activity with no goal", /creative.*no goal/i],
  ["wear something unplanned", /wear something unplanned/i],
  ["post or share something unpolished", /share something unpolished/i],
  ["leave a task at 80%", /task at 80%/i],
];

const allText = (t: (typeof TEMPLATES)[number]) =>
  [t.title, t.situation, t.belief, t.experiment, t.prediction ?? "", ...t.ritualsToDrop].join("\n");

describe("the experiment templates", () => {
  it("offers at least 12 templates with unique ids", () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
  });

  it.each(ISSUE_LIST)("covers the issue's experiment: %s", (_name, pattern) => {
    expect(TEMPLATES.filter((t) => pattern.test(t.title))).toHaveLength(1);
  });

  it("uses US spelling", () => {
    for (const t of TEMPLATES) {
      expect(allText(t)).not.toMatch(/apologis|behaviour|practis|colour|judgement|organis/i);
    }
  });

  it("carries the safety caution on every template that drops checking or mirror-checking", () => {
    const checking = TEMPLATES.filter((t) => /check|mirror/i.test(allText(t)));
    expect(checking.map((t) => t.id)).toContain("delay-checking");
    expect(checking.map((t) => t.id)).toContain("unplanned-outfit");
    expect(checking.filter((t) => !t.caution).map((t) => t.id)).toEqual([]);
  });

  it("never suggests skipping a check that keeps people safe", () => {
    const safetyCritical =
      /\b(lock(s|ed)?|doors?|stoves?|ovens?|gas|medicines?|medication|pills?|driv(e|ing)|cars?|child(ren)?|kids?|bab(y|ies)|bills?|bank|money|legal|tax(es)?|papers?)\b/i;
    const hits = TEMPLATES.filter((t) =>
      safetyCritical.test([t.situation, t.experiment, ...t.ritualsToDrop].join("\n")),
    ).map((t) => t.id);
    expect(hits).toEqual([]);
  });

  it("adds the caution's note to the prompt of a template that drops checking, and only then", () => {
    const flagged = TEMPLATES.find((t) => t.caution)!;
    const plain = TEMPLATES.find((t) => !t.caution)!;
    expect(templateHint(flagged, "Filled in.", caution.templateNote)).toBe(
      `Filled in. ${caution.templateNote}`,
    );
    expect(templateHint(plain, "Filled in.", caution.templateNote)).toBe("Filled in.");
  });

  it("finds a template by id and returns undefined for an unknown id", () => {
    const first = TEMPLATES[0]!;
    expect(findTemplate(first.id)).toBe(first);
    expect(findTemplate("no-such-template")).toBeUndefined();
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "pre-fills the belief, the experiment and the rituals from %s",
    (_id, t) => {
      const d = draftFromTemplate(t);
      expect(d.belief.trim()).not.toBe("");
      expect(d.experiment.trim()).not.toBe("");
      expect(d.ritualsToDrop.length).toBeGreaterThan(0);
      expect(d.belief).toBe(t.belief);
      expect(d.experiment).toBe(t.experiment);
      expect(d.situation).toBe(t.situation);
      expect(d.prediction).toBe(t.prediction ?? "");
      expect(d.ritualsToDrop).toEqual(t.ritualsToDrop);
      expect(d.templateId).toBe(t.id);
      expect(validateExperimentDraft(d)).toEqual({});
      expect(v.safeParse(recordSchema, { ...meta, ...fieldsFromDraft(d) }).success).toBe(true);
    },
  );

  it("leaves every other field of a template draft empty", () => {
    const t = TEMPLATES[1]!;
    const d = draftFromTemplate(t);
    const prefilled = new Set(["situation", "belief", "experiment", "prediction"]);
    for (const f of TEXT_FIELDS) if (!prefilled.has(f)) expect(d[f]).toBe("");
    for (const f of RATING_FIELDS) expect(d[f]).toBe("");
    expect(d.plannedDate).toBe("");
    expect(d.predictionCameTrue).toBe("");
    expect(d.previousId).toBeUndefined();
    expect(d.homeworkId).toBeUndefined();
  });

  it("gives each draft its own copy of the rituals list", () => {
    const t = TEMPLATES[0]!;
    const before = [...t.ritualsToDrop];
    draftFromTemplate(t).ritualsToDrop.push("something new");
    expect(t.ritualsToDrop).toEqual(before);
  });
});

const done: ExperimentRecord = {
  ...meta,
  id: "prev",
  status: "done",
  situation: "Team email",
  belief: "If I don't reread three times, my boss will think I'm careless.",
  beliefBefore: 85,
  alternative: "A small typo doesn't change what people think of my work.",
  alternativeBefore: 15,
  experiment: "Send after one read",
  plannedDate: "2024-05-02",
  ritualsToDrop: ["Rereading"],
  prediction: "My boss will comment on a mistake.",
  predictionConfidence: 70,
  expectedDiscomfort: 60,
  outcome: "No comment at all.",
  peakDiscomfort: 50,
  afterDiscomfort: 10,
  predictionCameTrue: "no",
  learned: "People read for the message.",
  beliefAfter: 45,
  alternativeAfter: 55,
  templateId: "email-one-read",
  homeworkId: "hw-1",
};

describe("a next experiment", () => {
  it("keeps the belief, the alternative and the rituals, and starts from the last re-ratings", () => {
    const { draft } = draftFromPrevious(done);
    expect(draft.belief).toBe(done.belief);
    expect(draft.alternative).toBe(done.alternative);
    expect(draft.beliefBefore).toBe("45");
    expect(draft.alternativeBefore).toBe("55");
    expect(draft.ritualsToDrop).toEqual(["Rereading"]);
    expect(draft.previousId).toBe("prev");
  });

  it("leaves the situation, the plan, the prediction and the after part for the person", () => {
    const { draft } = draftFromPrevious(done);
    const carried = new Set(["belief", "alternative"]);
    for (const f of TEXT_FIELDS) if (!carried.has(f)) expect(draft[f]).toBe("");
    for (const f of RATING_FIELDS) {
      if (f !== "beliefBefore" && f !== "alternativeBefore") expect(draft[f]).toBe("");
    }
    expect(draft.plannedDate).toBe("");
    expect(draft.predictionCameTrue).toBe("");
    expect(draft.templateId).toBeUndefined();
    expect(draft.homeworkId).toBeUndefined();
  });

  it("leaves a starting rating empty when the last re-rating was skipped", () => {
    const { beliefAfter: _b, alternativeAfter: _a, ...noRerating } = done;
    const { draft } = draftFromPrevious(noRerating);
    expect(draft.beliefBefore).toBe("");
    expect(draft.alternativeBefore).toBe("");
  });

  it("carries a re-rating of 0", () => {
    expect(draftFromPrevious({ ...done, beliefAfter: 0 }).draft.beliefBefore).toBe("0");
  });

  it("gives a hint about choosing the situation and what to do", () => {
    const { hint } = draftFromPrevious(done);
    expect(hint).toMatch(/situation/i);
    expect(hint).toMatch(/what you will do/i);
    expect(hint).not.toMatch(/came true/i);
  });

  it("treats a prediction that came true as useful information in the hint", () => {
    for (const answer of ["yes", "partly"] as const) {
      const { hint } = draftFromPrevious({ ...done, predictionCameTrue: answer });
      expect(hint).toMatch(/useful/i);
      expect(hint).toMatch(/not a failure/i);
    }
  });

  it("makes a draft that validates and saves once the plan is written", () => {
    const { draft } = draftFromPrevious(done);
    expect(validateExperimentDraft(draft)).toEqual({});
    const saved = { ...meta, ...fieldsFromDraft({ ...draft, experiment: "Send two emails" }) };
    expect(v.safeParse(recordSchema, saved).success).toBe(true);
  });

  it("starts blank from an empty draft", () => {
    expect(validateExperimentDraft(emptyDraft())).toHaveProperty("belief");
  });
});
