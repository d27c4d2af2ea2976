import { describe, expect, it } from "vitest";
import {
  GAP_MAX,
  STEPS_MAX,
  STEPS_MIN,
  nextStep,
  parseSuds,
  practiceSeries,
  sortSteps,
} from "../../../../src/worksheets/exposure-ladder/ladder";
import * as ladder from "../../../../src/worksheets/exposure-ladder/steps";
import {
  draftFromStep,
  stepFieldsFromDraft,
  type StepDraft,
} from "../../../../src/worksheets/exposure-ladder/steps";
import * as practices from "../../../../src/worksheets/exposure-ladder/practice";
import {
  draftFromPractice,
  practiceFieldsFromDraft,
  stepProgress,
  type PracticeDraft,
  type StepProgress,
} from "../../../../src/worksheets/exposure-ladder/practice";
import en from "../../../../src/worksheets/exposure-ladder/words/en.json";
import { words } from "../../../../src/engine/core/words";
import type { LadderDraft } from "../../../../src/worksheets/exposure-ladder/steps";
import {
  STEP_RITUALS_MAX,
  type PracticeRecord,
  type StepRecord,
} from "../../../../src/worksheets/exposure-ladder/schema";
import { TEXT_MAX } from "../../../../src/engine/storage/record";

// The functions take their wording as an argument; these tests use the site's.
const w = words(en, "en-US");
const WITH_A_THERAPIST = en.withATherapist;
const ladderGaps = (sorted: StepRecord[]) => ladder.ladderGaps(sorted, w);
const stepCountAdvice = (n: number) => ladder.stepCountAdvice(n, w);
const validateStepDraft = (d: StepDraft) => ladder.validateStepDraft(d, w);
const validatePracticeDraft = (d: PracticeDraft) => practices.validatePracticeDraft(d, w);
const progressMessage = (p: StepProgress) => practices.progressMessage(p, w);
const DESCRIPTION_MESSAGE = en.descriptionNeeded;
const SUDS_MESSAGE = en.sudsNeeded;
const RITUALS_COUNT_MESSAGE = w("ritualsTooMany", { max: STEP_RITUALS_MAX });
const DAY_MESSAGE = en.dayNeeded;
const RATING_MESSAGE = en.ratingNeeded;

const at = (minute: number) => `2024-05-01T09:${String(minute).padStart(2, "0")}:00.000Z`;

function step(id: string, expectedSuds: number, extra: Partial<StepRecord> = {}): StepRecord {
  return {
    id,
    createdAt: at(0),
    updatedAt: at(0),
    kind: "step",
    ladderId: "l1",
    description: `Step ${id}`,
    expectedSuds,
    mastered: false,
    ...extra,
  };
}

function practice(id: string, day: string, extra: Partial<PracticeRecord> = {}): PracticeRecord {
  return {
    id,
    createdAt: at(0),
    updatedAt: at(0),
    kind: "practice",
    stepId: "s1",
    day,
    ...extra,
  };
}

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe("sorting the ladder", () => {
  it("orders steps from the lowest to the highest expected distress", () => {
    const steps = [step("c", 70), step("a", 10), step("b", 40)];
    expect(ids(sortSteps(steps))).toEqual(["a", "b", "c"]);
  });

  it("breaks ties by the time each step was made, then by id", () => {
    const steps = [
      step("late", 50, { createdAt: at(30) }),
      step("early", 50, { createdAt: at(5) }),
      step("y", 50, { createdAt: at(10) }),
      step("x", 50, { createdAt: at(10) }),
    ];
    expect(ids(sortSteps(steps))).toEqual(["early", "x", "y", "late"]);
  });

  it("returns a new array and leaves the input alone", () => {
    const steps = [step("b", 60), step("a", 20)];
    const sorted = sortSteps(steps);
    expect(sorted).not.toBe(steps);
    expect(ids(steps)).toEqual(["b", "a"]);
  });

  it("puts steps not yet rated (from homework) above the rated ones, in the order they came", () => {
    const unrated = (id: string, minute: number) => {
      const { expectedSuds: _e, ...rest } = step(id, 0, { createdAt: at(minute) });
      return rest as StepRecord;
    };
    const sorted = sortSteps([unrated("u2", 20), step("a", 90), unrated("u1", 10), step("b", 5)]);
    expect(ids(sorted)).toEqual(["b", "a", "u1", "u2"]);
    // Gaps are measured between rated steps only.
    expect(ladderGaps(sorted).map((g) => [g.lower.id, g.upper.id])).toEqual([["b", "a"]]);
  });

  it("picks the lowest step not yet mastered as the next one", () => {
    const sorted = sortSteps([
      step("a", 10, { mastered: true }),
      step("b", 30),
      step("c", 20, { mastered: true }),
      step("d", 60),
    ]);
    expect(nextStep(sorted)?.id).toBe("b");
  });

  it("has no next step when every step is mastered or there are none", () => {
    expect(nextStep([step("a", 10, { mastered: true })])).toBeNull();
    expect(nextStep([])).toBeNull();
  });
});

describe("gaps between steps", () => {
  it(`flags a jump of more than ${GAP_MAX} points, naming both steps and the size`, () => {
    const sorted = sortSteps([
      step("a", 10, { description: "Leave one typo in a text" }),
      step("b", 45, { description: "Hand in a report after one read" }),
    ]);
    const gaps = ladderGaps(sorted);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.lower.id).toBe("a");
    expect(gaps[0]?.upper.id).toBe("b");
    expect(gaps[0]?.size).toBe(35);
    expect(gaps[0]?.message).toContain("35 points");
    expect(gaps[0]?.message).toContain("Leave one typo in a text");
    expect(gaps[0]?.message).toContain("Hand in a report after one read");
  });

  it(`does not flag a jump of exactly ${GAP_MAX} points`, () => {
    expect(ladderGaps([step("a", 10), step("b", 10 + GAP_MAX)])).toEqual([]);
    expect(ladderGaps([step("a", 10), step("b", 11 + GAP_MAX)])).toHaveLength(1);
  });

  it("finds every large gap, lowest first, and none on a ladder of one or no steps", () => {
    const sorted = sortSteps([step("a", 0), step("b", 30), step("c", 40), step("d", 100)]);
    expect(ladderGaps(sorted).map((g) => [g.lower.id, g.upper.id, g.size])).toEqual([
      ["a", "b", 30],
      ["c", "d", 60],
    ]);
    expect(ladderGaps([step("a", 90)])).toEqual([]);
    expect(ladderGaps([])).toEqual([]);
  });

  it("shortens a long step description inside the message", () => {
    const long = "Give a presentation to the whole department without any notes or slides at all";
    const gaps = ladderGaps([step("a", 10), step("b", 80, { description: long })]);
    expect(gaps[0]?.message).not.toContain(long);
    expect(gaps[0]?.message).toContain("…");
  });
});

describe("advice on the number of steps", () => {
  it(`gives no advice for ${STEPS_MIN} to ${STEPS_MAX} steps`, () => {
    for (let n = STEPS_MIN; n <= STEPS_MAX; n++) expect(stepCountAdvice(n)).toBeNull();
  });

  it("suggests adding in-between steps when there are fewer than eight", () => {
    for (const n of [0, 1, STEPS_MIN - 1]) expect(stepCountAdvice(n)?.kind).toBe("few");
    expect(stepCountAdvice(3)?.message).toContain("3 steps");
    expect(stepCountAdvice(1)?.message).toContain("1 step ");
    expect(stepCountAdvice(3)?.message).toContain("in-between");
  });

  it("says a long ladder is fine and offers grouping when there are more than fifteen", () => {
    const advice = stepCountAdvice(STEPS_MAX + 1);
    expect(advice?.kind).toBe("many");
    expect(advice?.message).toContain(`${STEPS_MAX + 1} steps`);
    expect(advice?.message).toContain("fine");
    expect(advice?.message).toContain("group");
  });
});

describe("checking a step before saving", () => {
  const ok: StepDraft = {
    description: "Send a text with a typo",
    expectedSuds: "35",
    ritualsToDrop: [],
  };

  it("accepts a description with an expected distress from 0 to 100", () => {
    expect(validateStepDraft(ok)).toEqual({});
    expect(validateStepDraft({ ...ok, expectedSuds: "0" })).toEqual({});
    expect(validateStepDraft({ ...ok, expectedSuds: " 100 " })).toEqual({});
  });

  it("asks for a description when it is empty or only spaces", () => {
    expect(validateStepDraft({ ...ok, description: "   " }).description).toBe(DESCRIPTION_MESSAGE);
  });

  it("explains a description over the limit without cutting it", () => {
    const message = validateStepDraft({ ...ok, description: "x".repeat(TEXT_MAX + 3) }).description;
    expect(message).toContain("3 characters over");
    expect(message).toContain("2,000");
  });

  it.each(["", "101", "-5", "12.5", "abc", "1e2"])(
    "asks for a whole number from 0 to 100 when the expected distress is %j",
    (raw) => {
      expect(validateStepDraft({ ...ok, expectedSuds: raw }).expectedSuds).toBe(SUDS_MESSAGE);
    },
  );

  it(`allows up to ${STEP_RITUALS_MAX} rituals, ignoring blank lines`, () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `Ritual ${i}`);
    expect(validateStepDraft({ ...ok, ritualsToDrop: [...list(STEP_RITUALS_MAX), " "] })).toEqual(
      {},
    );
    expect(
      validateStepDraft({ ...ok, ritualsToDrop: list(STEP_RITUALS_MAX + 1) }).ritualsToDrop,
    ).toBe(RITUALS_COUNT_MESSAGE);
    expect(
      validateStepDraft({ ...ok, ritualsToDrop: ["x".repeat(TEXT_MAX + 1)] }).ritualsToDrop,
    ).toContain("1 character over");
  });

  it("turns a draft into trimmed record fields and back", () => {
    const fields = stepFieldsFromDraft({
      description: "  Send a text with a typo ",
      expectedSuds: " 35",
      ritualsToDrop: [" Rereading it ", "", "  "],
    });
    expect(fields).toEqual({
      description: "Send a text with a typo",
      expectedSuds: 35,
      ritualsToDrop: ["Rereading it"],
    });
    expect(stepFieldsFromDraft(ok)).not.toHaveProperty("ritualsToDrop");
    expect(draftFromStep(step("a", 35, fields))).toEqual({
      description: "Send a text with a typo",
      expectedSuds: "35",
      ritualsToDrop: ["Rereading it"],
    });
  });
});

describe("checking a practice before saving", () => {
  const ok: PracticeDraft = { day: "2024-05-02", before: "", peak: "", after: "", notes: "" };

  it("needs only a real day", () => {
    expect(validatePracticeDraft(ok)).toEqual({});
    expect(validatePracticeDraft({ ...ok, day: "" }).day).toBe(DAY_MESSAGE);
    expect(validatePracticeDraft({ ...ok, day: "2023-02-29" }).day).toBe(DAY_MESSAGE);
    expect(validatePracticeDraft({ ...ok, day: "2024-02-29" })).toEqual({});
  });

  it("puts a message next to each rating that is not a whole number from 0 to 100", () => {
    const errors = validatePracticeDraft({ ...ok, before: "50", peak: "150", after: "7.5" });
    expect(errors).toEqual({ peak: RATING_MESSAGE, after: RATING_MESSAGE });
  });

  it("explains notes over the limit", () => {
    expect(validatePracticeDraft({ ...ok, notes: "x".repeat(TEXT_MAX + 10) }).notes).toContain(
      "10 characters over",
    );
    expect(validatePracticeDraft({ ...ok, notes: "x".repeat(TEXT_MAX) })).toEqual({});
  });

  it("turns a draft into record fields, leaving out empty ratings and notes, and back", () => {
    const fields = practiceFieldsFromDraft({ ...ok, before: "40", peak: "0", notes: "  fine " });
    expect(fields).toEqual({ day: "2024-05-02", before: 40, peak: 0, notes: "fine" });
    expect(draftFromPractice(practice("p", "2024-05-02", fields))).toEqual({
      ...ok,
      before: "40",
      peak: "0",
      notes: "fine",
    });
  });

  it("reads ratings typed with spaces and rejects anything else", () => {
    expect(parseSuds(" 7 ")).toBe(7);
    expect(parseSuds("100")).toBe(100);
    expect(parseSuds("0100")).toBeUndefined();
    expect(parseSuds("+5")).toBeUndefined();
  });
});

describe("the practice chart", () => {
  it("orders practices by day, then by when they were logged, and numbers them", () => {
    const series = practiceSeries([
      practice("third", "2024-05-04"),
      practice("second", "2024-05-02", { createdAt: at(20) }),
      practice("first", "2024-05-02", { createdAt: at(10) }),
    ]);
    expect(series.map((p) => [p.id, p.n])).toEqual([
      ["first", 1],
      ["second", 2],
      ["third", 3],
    ]);
  });

  it("shows a rating left empty as null, for a gap in the chart and a dash in the table", () => {
    const [point] = practiceSeries([practice("p", "2024-05-02", { before: 30, after: 10 })]);
    expect(point).toEqual({ id: "p", n: 1, day: "2024-05-02", before: 30, peak: null, after: 10 });
  });
});

describe("progress on a step", () => {
  const s1 = step("s1", 50);

  it("compares the first and the latest peak ratings", () => {
    const progress = stepProgress(s1, [
      practice("c", "2024-05-09", { peak: 35 }),
      practice("a", "2024-05-02", { peak: 70 }),
      practice("b", "2024-05-05", { peak: 55 }),
    ]);
    expect(progress).toEqual({ count: 3, firstPeak: 70, lastPeak: 35, drop: 35 });
    expect(progressMessage(progress)).toContain("from 70 to 35");
  });

  it("skips practices without a peak and counts them anyway", () => {
    const progress = stepProgress(s1, [
      practice("a", "2024-05-01"),
      practice("b", "2024-05-02", { peak: 60 }),
      practice("c", "2024-05-03", { peak: 65 }),
      practice("d", "2024-05-04", { before: 20 }),
    ]);
    expect(progress).toEqual({ count: 4, firstPeak: 60, lastPeak: 65, drop: -5 });
    expect(progressMessage(progress)).toContain("up and down");
  });

  it("ignores practices of other steps", () => {
    const progress = stepProgress(s1, [
      practice("a", "2024-05-01", { peak: 80 }),
      practice("b", "2024-05-02", { peak: 10, stepId: "other" }),
    ]);
    expect(progress).toEqual({ count: 1, firstPeak: 80, lastPeak: 80, drop: null });
  });

  it("has no drop until two practices have a peak", () => {
    expect(stepProgress(s1, [])).toEqual({ count: 0, firstPeak: null, lastPeak: null, drop: null });
    expect(progressMessage(stepProgress(s1, []))).toContain("will show here");
    const one = stepProgress(s1, [practice("a", "2024-05-01", { peak: 50 })]);
    expect(progressMessage(one)).toContain("1 practice.");
  });

  it("says plainly when the peak stayed the same", () => {
    const same = stepProgress(s1, [
      practice("a", "2024-05-01", { peak: 50 }),
      practice("b", "2024-05-02", { peak: 50 }),
    ]);
    expect(same.drop).toBe(0);
    expect(progressMessage(same)).toContain("stayed at 50");
  });
});

describe("the note about working with a therapist", () => {
  it("is one paragraph that recommends a therapist and says to stop and get help", () => {
    expect(WITH_A_THERAPIST).not.toContain("\n");
    expect(WITH_A_THERAPIST).toContain("therapist");
    expect(WITH_A_THERAPIST).toContain("OCD");
    expect(WITH_A_THERAPIST).toMatch(/stop/);
    expect(WITH_A_THERAPIST).toMatch(/crisis line/);
  });
});

describe("the wording", () => {
  it("fills names, and leaves braces typed by the person alone", () => {
    expect(w("added", { step: "Say {step} twice", place: 1, of: 3 })).toBe(
      "Added “Say {step} twice”. It is step 1 of 3.",
    );
  });

  it("says one or many", () => {
    expect(w("steps", { count: 1 })).toBe("1 step");
    expect(w("steps", { count: 0 })).toBe("0 steps");
    expect(w("practices", { count: 4 })).toBe("4 practices");
  });
});

describe("checking a ladder before saving", () => {
  const check = (d: LadderDraft) => ladder.validateLadderDraft(d, w);

  it("needs a fear theme, and notes are optional", () => {
    expect(check({ theme: "Being seen to make a mistake", notes: "" })).toEqual({});
    expect(check({ theme: "  ", notes: "At work" })).toEqual({ theme: en.themeNeeded });
  });

  it("explains a theme or notes over the limit without cutting them", () => {
    const errors = check({ theme: "x".repeat(TEXT_MAX + 2), notes: "y".repeat(TEXT_MAX + 1) });
    expect(errors.theme).toContain("2 characters over");
    expect(errors.notes).toContain("1 character over");
  });

  it("trims what is saved and leaves out empty notes", () => {
    expect(ladder.ladderFieldsFromDraft({ theme: " Mistakes ", notes: "  " })).toEqual({
      theme: "Mistakes",
      notes: undefined,
    });
    expect(ladder.ladderFieldsFromDraft({ theme: "Mistakes", notes: " At work " }).notes).toBe(
      "At work",
    );
  });
});

describe("saving an edit", () => {
  it("removes rituals cleared in the form from the step", () => {
    const patch = ladder.stepPatch({
      description: "Send it",
      expectedSuds: "30",
      ritualsToDrop: [""],
    });
    expect(patch).toHaveProperty("ritualsToDrop", undefined);
    expect({ ...step("a", 10, { ritualsToDrop: ["Rereading"] }), ...patch }.ritualsToDrop).toBe(
      undefined,
    );
  });

  it("removes ratings and notes cleared in the form from the practice", () => {
    const patch = practices.practicePatch({
      day: "2024-05-02",
      before: "",
      peak: "60",
      after: "",
      notes: "",
    });
    const saved = {
      ...practice("p", "2024-05-01", { before: 40, after: 10, notes: "hi" }),
      ...patch,
    };
    expect(JSON.parse(JSON.stringify(saved))).toMatchObject({ day: "2024-05-02", peak: 60 });
    expect(JSON.parse(JSON.stringify(saved))).not.toHaveProperty("before");
    expect(JSON.parse(JSON.stringify(saved))).not.toHaveProperty("notes");
  });
});

describe("a step that was not rated yet", () => {
  it("opens in the form with an empty rating, which must be filled to save", () => {
    const { expectedSuds: _e, ...unrated } = step("u", 0);
    const draft = draftFromStep(unrated as StepRecord);
    expect(draft.expectedSuds).toBe("");
    expect(validateStepDraft(draft).expectedSuds).toBe(SUDS_MESSAGE);
  });
});
