import { describe, expect, it } from "vitest";
import * as v from "../../../../src/engine/core/validate";
import {
  draftFromStored,
  isBlankDraft,
  sameDraft,
  storedFromDraft,
} from "../../../../src/worksheets/thought-record/draft";
import { replacingPatch } from "../../../../src/worksheets/thought-record/actions";
import {
  emptyThoughtDraft,
  thoughtFromDraft,
  type ThoughtDraft,
} from "../../../../src/worksheets/thought-record/record";
import {
  DRAFT_TEXT_MAX,
  EMOTIONS_MAX,
  recordSchema,
  type DraftRecord,
} from "../../../../src/worksheets/thought-record/schema";

const NOW = new Date(2026, 10, 3, 9, 30);
const stamp = {
  id: "d1",
  createdAt: "2026-11-03T09:30:00.000Z",
  updatedAt: "2026-11-03T09:30:00.000Z",
};

const typed = (fields: Partial<ThoughtDraft> = {}): ThoughtDraft => ({
  ...emptyThoughtDraft(NOW),
  situation: "Reading feedback on my report.",
  emotions: [{ name: "hurt", before: "150", after: "" }],
  automaticThought: "I can't do anything right.",
  beliefBefore: "ninety",
  traps: ["labeling", "labeling", "mind-reading"],
  ...fields,
});

const valid = (x: unknown) => v.safeParse(recordSchema, x).success;

describe("keeping a draft on the device", () => {
  it("keeps every answer exactly as typed, even one that needs fixing, and validates for storage", () => {
    const content = storedFromDraft(typed(), 3);
    expect(content).toMatchObject({
      kind: "draft",
      when: "2026-11-03T09:30",
      emotions: [{ name: "hurt", before: "150", after: "" }],
      beliefBefore: "ninety",
      traps: ["labeling", "mind-reading"],
      step: 3,
    });
    expect(content).not.toHaveProperty("recordId");
    expect(content).not.toHaveProperty("homeworkId");
    expect(valid({ ...stamp, ...content })).toBe(true);
  });

  it("keeps a text longer than a record allows, so nothing is cut", () => {
    const long = "a".repeat(2010);
    const content = storedFromDraft(typed({ situation: long }), 0);
    expect(content?.situation).toBe(long);
    expect(valid({ ...stamp, ...content })).toBe(true);
  });

  it("names the record it changes and the homework it came from", () => {
    const content = storedFromDraft(typed({ homeworkId: "hw-1" }), 6, "r7");
    expect(content).toMatchObject({ recordId: "r7", homeworkId: "hw-1", step: 6 });
    expect(valid({ ...stamp, ...content })).toBe(true);
  });

  it("keeps the step a whole number within the 7 steps", () => {
    expect(storedFromDraft(typed(), -2)?.step).toBe(0);
    expect(storedFromDraft(typed(), 9)?.step).toBe(6);
    expect(storedFromDraft(typed(), 2.7)?.step).toBe(2);
  });

  it("refuses, rather than cuts, a draft too big to store whole", () => {
    expect(storedFromDraft(typed({ evidenceFor: "x".repeat(DRAFT_TEXT_MAX + 1) }), 4)).toBeNull();
    const row = { name: "tense", before: "50", after: "" };
    const rows = Array.from({ length: EMOTIONS_MAX + 1 }, () => row);
    expect(storedFromDraft(typed({ emotions: rows }), 1)).toBeNull();
    expect(storedFromDraft(typed({ evidenceFor: "x".repeat(DRAFT_TEXT_MAX) }), 4)).not.toBeNull();
  });

  it("gives the form back what it kept", () => {
    const draft = typed({ traps: ["labeling"], homeworkId: "hw-1" });
    const stored = { ...stamp, ...storedFromDraft(draft, 2, "r7")! } as DraftRecord;
    expect(draftFromStored(stored)).toEqual(draft);
    const { homeworkId: _h, ...plain } = draft;
    const { homeworkId: _s, ...noHomework } = stored;
    expect(draftFromStored(noHomework as DraftRecord)).toEqual(plain);
  });
});

describe("telling whether a draft is worth keeping", () => {
  it("finds nothing written in a new draft, whatever its date, or in empty feeling rows", () => {
    expect(isBlankDraft(emptyThoughtDraft(new Date(2020, 0, 1)))).toBe(true);
    const rows = { ...emptyThoughtDraft(NOW), emotions: [{ name: " ", before: "", after: "" }] };
    expect(isBlankDraft(rows)).toBe(true);
  });

  it("finds any answer, a feeling or a picked trap", () => {
    const empty = emptyThoughtDraft(NOW);
    expect(isBlankDraft({ ...empty, situation: "x" })).toBe(false);
    expect(isBlankDraft({ ...empty, emotions: [{ name: "", before: "40", after: "" }] })).toBe(
      false,
    );
    expect(isBlankDraft({ ...empty, traps: ["labeling"] })).toBe(false);
    expect(isBlankDraft({ ...empty, beliefAfter: "10" })).toBe(false);
  });

  it("compares two drafts answer by answer", () => {
    expect(sameDraft(typed(), typed())).toBe(true);
    expect(sameDraft(typed(), typed({ situation: "Something else." }))).toBe(false);
  });
});

describe("saving changes to a record", () => {
  it("removes a rating the person cleared, and keeps the ones still given", () => {
    const before = thoughtFromDraft(typed({ beliefBefore: "80", beliefAfter: "30" }), 6);
    const after = thoughtFromDraft(typed({ beliefBefore: "80", beliefAfter: "" }), 6);
    const saved = JSON.parse(JSON.stringify({ ...before, ...replacingPatch(after) }));
    expect(saved.beliefBefore).toBe(80);
    expect(saved).not.toHaveProperty("beliefAfter");
    expect(saved).not.toHaveProperty("balancedBelief");
    expect(replacingPatch({ ...after, homeworkId: "hw-1" }).homeworkId).toBe("hw-1");
  });
});
