import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import {
  STEPS,
  THOUGHT_STEP,
  draftFromThought,
  emptyThoughtDraft,
  isoFromLocal,
  limitMessage,
  localFromIso,
  parseRating,
  ratingChanges,
  showsThought,
  summarizeRecord,
  thoughtFromDraft,
  type ThoughtDraft,
} from "../../../../src/worksheets/thought-record/record";
import {
  EMOTIONS_COUNT_MESSAGE,
  MESSAGES,
  EMOTION_NAME_LONG_MESSAGE,
  EMOTION_NAME_MESSAGE,
  EMOTION_RATING_MESSAGE,
  RATING_MESSAGE,
  THOUGHT_MESSAGE,
  WHEN_MESSAGE,
  validateThoughtDraft,
} from "../../../../src/worksheets/thought-record/messages";
import { t, words } from "../../../../src/engine/core/words";
import en from "../../../../src/worksheets/thought-record/words/en.json";

const w = words(en);
const BELIEF_LABEL = en.beliefLabel;
import { recordSchema } from "../../../../src/worksheets/thought-record/schema";
import { TEXT_MAX } from "../../../../src/engine/storage/record";
import { savedThought } from "../../../support/thought-record";

const T = "2024-05-01T09:00:00.000Z";
const NOW = new Date(2024, 4, 1, 9, 30);

const draft = (fields: Partial<ThoughtDraft> = {}): ThoughtDraft => ({
  ...emptyThoughtDraft(NOW),
  automaticThought: "Everyone saw me mess up.",
  ...fields,
});

const rec = savedThought;

describe("the steps of the form", () => {
  it("are the 7 steps of a thought record, each with a title and a short prompt", () => {
    expect(STEPS.map((s) => s.id)).toEqual([
      "situation",
      "emotions",
      "thought",
      "traps",
      "evidence",
      "balanced",
      "rerate",
    ]);
    for (const s of STEPS) {
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.prompt.length).toBeGreaterThan(10);
      expect(s.prompt.length).toBeLessThanOrEqual(120);
    }
  });

  it("ask about each part of the record exactly once", () => {
    const fields = STEPS.flatMap((s) => s.fields);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields).toHaveLength(12);
    expect(STEPS[THOUGHT_STEP]?.fields).toContain("automaticThought");
  });

  it("keep the automatic thought visible on every step after it is written", () => {
    expect(STEPS.map((_, i) => showsThought(i))).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
  });
});

describe("validating a draft", () => {
  it("needs only the automatic thought", () => {
    expect(validateThoughtDraft(draft())).toEqual({});
    expect(validateThoughtDraft(emptyThoughtDraft(NOW))).toEqual({
      automaticThought: THOUGHT_MESSAGE,
    });
    expect(validateThoughtDraft(draft({ automaticThought: " \n\t" }))).toEqual({
      automaticThought: THOUGHT_MESSAGE,
    });
  });

  it("checks only the fields of the step it is given", () => {
    const empty = emptyThoughtDraft(NOW);
    expect(validateThoughtDraft(empty, 0)).toEqual({});
    expect(validateThoughtDraft(empty, 1)).toEqual({});
    expect(validateThoughtDraft(empty, 2)).toEqual({ automaticThought: THOUGHT_MESSAGE });
    const bad = draft({ beliefBefore: "x", balancedBelief: "x", beliefAfter: "x" });
    expect(validateThoughtDraft(bad, 2)).toEqual({ beliefBefore: RATING_MESSAGE });
    expect(validateThoughtDraft(bad, 5)).toEqual({ balancedBelief: RATING_MESSAGE });
    expect(validateThoughtDraft(bad, 6)).toEqual({ beliefAfter: RATING_MESSAGE });
    expect(validateThoughtDraft(bad, 3)).toEqual({});
  });

  it.each(["beliefBefore", "balancedBelief", "beliefAfter"] as const)(
    "accepts an empty or whole-number %s from 0 to 100 and explains anything else",
    (field) => {
      for (const ok of ["", "0", "100", " 45 ", "007"]) {
        expect(validateThoughtDraft(draft({ [field]: ok }))).toEqual({});
      }
      for (const bad of ["101", "-1", "12.5", "abc", "1e2", "50%", "1000"]) {
        expect(validateThoughtDraft(draft({ [field]: bad }))).toEqual({ [field]: RATING_MESSAGE });
      }
    },
  );

  it("explains a text over the limit and does not cut it", () => {
    const long = "x".repeat(TEXT_MAX + 1);
    const d = draft({ evidenceFor: long, situation: "y".repeat(TEXT_MAX) });
    const errors = validateThoughtDraft(d);
    expect(Object.keys(errors)).toEqual(["evidenceFor"]);
    expect(errors.evidenceFor).toMatch(/^Limit reached: this is 1 character over the 2,000 limit/);
    expect(errors.evidenceFor).toContain("Nothing has been cut");
    expect(d.evidenceFor).toHaveLength(TEXT_MAX + 1);
    expect(limitMessage(TEXT_MAX + 150, (k, v) => t(MESSAGES, k, v))).toContain(
      "150 characters over",
    );
  });

  it("gives an over-long automatic thought the limit message, not the required one", () => {
    const errors = validateThoughtDraft(draft({ automaticThought: " ".repeat(TEXT_MAX + 1) }));
    expect(errors.automaticThought).toContain("Limit reached");
  });

  it("puts a feeling's errors next to that feeling, ignoring rows left empty", () => {
    const errors = validateThoughtDraft(
      draft({
        emotions: [
          { name: "", before: "", after: "" },
          { name: "", before: "40", after: "" },
          { name: "sad", before: "", after: "" },
          { name: "x".repeat(61), before: "101", after: "" },
          { name: "calm", before: "10", after: "" },
        ],
      }),
    );
    expect(errors).toEqual({
      "emotions.1.name": EMOTION_NAME_MESSAGE,
      "emotions.2.before": EMOTION_RATING_MESSAGE,
      "emotions.3.name": EMOTION_NAME_LONG_MESSAGE,
      "emotions.3.before": EMOTION_RATING_MESSAGE,
    });
  });

  it("checks a feeling's re-rating on the last step only", () => {
    const d = draft({ emotions: [{ name: "sad", before: "70", after: "70.5" }] });
    expect(validateThoughtDraft(d, 1)).toEqual({});
    expect(validateThoughtDraft(d, 6)).toEqual({ "emotions.0.after": RATING_MESSAGE });
    const ok = draft({ emotions: [{ name: "sad", before: "70", after: "" }] });
    expect(validateThoughtDraft(ok, 6)).toEqual({});
  });

  it("allows 10 feelings but not 11, not counting empty rows", () => {
    const row = { name: "tense", before: "50", after: "" };
    const blank = { name: "", before: "", after: "" };
    expect(validateThoughtDraft(draft({ emotions: [...Array(10).fill(row), blank] }))).toEqual({});
    expect(validateThoughtDraft(draft({ emotions: Array(11).fill(row) }))).toEqual({
      emotions: EMOTIONS_COUNT_MESSAGE,
    });
  });

  it("needs a real date and time", () => {
    for (const bad of [
      "",
      "2024-02-30T10:00",
      "2024-05-01 10:00",
      "2024-05-01T24:00",
      "2024-05-01",
    ]) {
      expect(validateThoughtDraft(draft({ when: bad }))).toEqual({ when: WHEN_MESSAGE });
    }
    expect(validateThoughtDraft(draft({ when: "2024-02-29T23:59" }))).toEqual({});
    expect(validateThoughtDraft(draft({ when: "2024-02-29T23:59:30" }))).toEqual({});
  });
});

describe("dates and times", () => {
  it("reads a datetime-local value in the device's time zone", () => {
    expect(isoFromLocal("2024-05-01T09:30")).toBe(
      new Date(Date.parse("2024-05-01T09:30")).toISOString(),
    );
    expect(isoFromLocal("2023-02-29T09:30")).toBeUndefined();
  });

  it("round-trips a datetime-local value through the stored timestamp", () => {
    for (const local of ["2024-05-01T09:30", "2024-12-31T23:59", "2024-01-01T00:00"]) {
      expect(localFromIso(isoFromLocal(local)!)).toBe(local);
    }
  });

  it("starts a new draft at the time given", () => {
    expect(emptyThoughtDraft(NOW).when).toBe("2024-05-01T09:30");
  });
});

describe("turning a draft into a record", () => {
  it("trims text, parses ratings, drops empty rows and repeated traps", () => {
    const fields = thoughtFromDraft(
      draft({
        situation: "  At work ",
        emotions: [
          { name: " anxious ", before: " 80", after: "40" },
          { name: "", before: "", after: "" },
          { name: "ashamed", before: "60", after: "" },
        ],
        beliefBefore: "85",
        balancedBelief: "",
        beliefAfter: "30",
        traps: ["mind-reading", "labeling", "mind-reading"],
        homeworkId: "hw-1",
      }),
      6,
    );
    expect(fields).toEqual({
      when: isoFromLocal("2024-05-01T09:30"),
      situation: "At work",
      emotions: [
        { name: "anxious", before: 80, after: 40 },
        { name: "ashamed", before: 60 },
      ],
      automaticThought: "Everyone saw me mess up.",
      beliefBefore: 85,
      traps: ["mind-reading", "labeling"],
      evidenceFor: "",
      evidenceAgainst: "",
      balancedThought: "",
      beliefAfter: 30,
      step: 6,
      homeworkId: "hw-1",
    });
    const record = { ...fields, id: "x", createdAt: T, updatedAt: T, kind: "record" };
    expect(v.safeParse(recordSchema, record).success).toBe(true);
  });

  it("keeps the step within 0 to 6", () => {
    expect(thoughtFromDraft(draft(), 9).step).toBe(6);
    expect(thoughtFromDraft(draft(), -2).step).toBe(0);
    expect(thoughtFromDraft(draft(), 3).step).toBe(3);
  });

  it("gets back the same content after editing a saved record without changes", () => {
    const saved = rec({
      when: isoFromLocal("2024-04-30T17:45")!,
      situation: "Presenting",
      emotions: [
        { name: "anxious", before: 80, after: 40 },
        { name: "ashamed", before: 60 },
      ],
      beliefBefore: 85,
      traps: ["mind-reading"],
      evidenceFor: "Some looked away.",
      evidenceAgainst: "My manager thanked me.",
      balancedThought: "A short stumble.",
      balancedBelief: 70,
      step: 5,
      homeworkId: "hw-2",
    });
    const { id: _i, createdAt: _c, updatedAt: _u, kind: _k, ...content } = saved;
    expect(thoughtFromDraft(draftFromThought(saved), saved.step)).toEqual(content);
    expect(draftFromThought(saved).beliefAfter).toBe("");
  });
});

describe("rating changes for the chart", () => {
  it("lists each feeling, then belief in the thought, with after minus before", () => {
    const changes = ratingChanges(
      rec({
        emotions: [
          { name: "anxious", before: 80, after: 35 },
          { name: "angry", before: 20, after: 30 },
        ],
        beliefBefore: 90,
        beliefAfter: 40,
      }),
      BELIEF_LABEL,
    );
    expect(changes).toEqual([
      { kind: "emotion", label: "anxious", before: 80, after: 35, change: -45 },
      { kind: "emotion", label: "angry", before: 20, after: 30, change: 10 },
      { kind: "belief", label: BELIEF_LABEL, before: 90, after: 40, change: -50 },
    ]);
  });

  it("leaves the change empty when a rating is missing", () => {
    const changes = ratingChanges(
      rec({ emotions: [{ name: "sad", before: 70 }], beliefAfter: 20 }),
      BELIEF_LABEL,
    );
    expect(changes).toEqual([
      { kind: "emotion", label: "sad", before: 70, after: null, change: null },
      { kind: "belief", label: BELIEF_LABEL, before: null, after: 20, change: null },
    ]);
  });

  it("has no belief row when belief was never rated, and nothing for an empty record", () => {
    expect(ratingChanges(rec(), BELIEF_LABEL)).toEqual([]);
    expect(
      ratingChanges(rec({ emotions: [{ name: "sad", before: 0, after: 0 }] }), BELIEF_LABEL),
    ).toEqual([{ kind: "emotion", label: "sad", before: 0, after: 0, change: 0 }]);
  });
});

describe("the one-line summary", () => {
  it("names the feelings and shows belief before and after", () => {
    const r = rec({
      emotions: [
        { name: "anxious", before: 80 },
        { name: "ashamed", before: 60 },
      ],
      beliefBefore: 80,
      beliefAfter: 45,
    });
    expect(summarizeRecord(r, w)).toBe("Anxious, ashamed; belief 80% → 45%");
  });

  it("shows three feelings and counts the rest", () => {
    const names = ["sad", "tense", "tired", "angry", "lonely"];
    const r = rec({ emotions: names.map((name) => ({ name, before: 50 })) });
    expect(summarizeRecord(r, w)).toBe("Sad, tense, tired and 2 more");
  });

  it("copes with only one belief rating or none at all", () => {
    expect(summarizeRecord(rec({ beliefBefore: 0 }), w)).toBe("Belief 0%");
    expect(summarizeRecord(rec({ beliefAfter: 30 }), w)).toBe("Belief now 30%");
    expect(summarizeRecord(rec(), w)).toBe("No feelings or ratings yet");
  });
});

describe("parsing a rating", () => {
  it("reads whole numbers from 0 to 100 and nothing else", () => {
    expect(parseRating(" 0 ")).toBe(0);
    expect(parseRating("100")).toBe(100);
    expect(parseRating("101")).toBeUndefined();
    expect(parseRating("")).toBeUndefined();
    expect(parseRating("4.0")).toBeUndefined();
  });
});
