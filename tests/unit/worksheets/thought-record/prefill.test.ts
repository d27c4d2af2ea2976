import { describe, expect, it } from "vitest";
import * as v from "../../../../src/engine/core/validate";
import { draftFromPrefill } from "../../../../src/worksheets/thought-record/prefill";
import { prefillFromRaw } from "../../../../src/worksheets/thought-record/PrefillForm";
import { homeworkSchema, PREFILL_TEXT_MAX } from "../../../../src/engine/homework/link-schema";
import { recordSchema, type DraftRecord } from "../../../../src/worksheets/thought-record/schema";
import { draftFromStored, storedFromDraft } from "../../../../src/worksheets/thought-record/draft";

const stamp = {
  id: "d1",
  createdAt: "2026-11-26T10:00:00.000Z",
  updatedAt: "2026-11-26T10:00:00.000Z",
};

describe("the homework builder's thought-record pre-fill", () => {
  it("trims the therapist's words and leaves out empty fields", () => {
    expect(prefillFromRaw({ situation: "  The team meeting  ", thought: " \n " })).toEqual({
      situation: "The team meeting",
    });
    expect(prefillFromRaw({ thought: "If it isn't perfect, I've failed." })).toEqual({
      thought: "If it isn't perfect, I've failed.",
    });
  });

  it("has no pre-fill when nothing is written", () => {
    expect(prefillFromRaw({})).toBeUndefined();
    expect(prefillFromRaw({ situation: "   ", thought: "" })).toBeUndefined();
  });

  it("caps each text at the link's limit, so the link stays valid", () => {
    const prefill = prefillFromRaw({ situation: "s".repeat(600), thought: "t".repeat(501) });
    expect(prefill?.situation).toHaveLength(PREFILL_TEXT_MAX);
    expect(prefill?.thought).toHaveLength(PREFILL_TEXT_MAX);
    const hw = { v: 1, id: "abcdEFGH1234", w: "thought-record", prefill };
    expect(v.safeParse(homeworkSchema, hw).success).toBe(true);
  });
});

describe("accepting thought-record homework", () => {
  it("starts a new unfinished thought record with the therapist's words, tagged with the homework", () => {
    const draft = draftFromPrefill(
      { situation: "The team meeting", thought: "If it isn't perfect, I've failed." },
      "hw-123",
    );
    expect(draft).toMatchObject({
      kind: "draft",
      situation: "The team meeting",
      automaticThought: "If it isn't perfect, I've failed.",
      emotions: [],
      traps: [],
      step: 0,
      homeworkId: "hw-123",
    });
    expect(v.safeParse(recordSchema, { ...stamp, ...draft }).success).toBe(true);
  });

  it("leaves the date and time for the client to pick", () => {
    expect(draftFromPrefill({ thought: "I'll let everyone down." }, "hw-1")?.when).toBe("");
    expect(draftFromPrefill({ situation: "Sunday evening" }, "hw-1")?.automaticThought).toBe("");
  });

  it("adds nothing when the link pre-fills nothing", () => {
    expect(draftFromPrefill(undefined, "hw-1")).toBeNull();
    expect(draftFromPrefill({}, "hw-1")).toBeNull();
    expect(draftFromPrefill({ situation: "  ", thought: "\n" }, "hw-1")).toBeNull();
  });

  it("keeps the assignment's due date with the draft, through the form and back", () => {
    const draft = draftFromPrefill({ situation: "The team meeting" }, "hw-9", "2026-12-10")!;
    expect(draft.due).toBe("2026-12-10");
    const stored = { ...stamp, ...draft } as DraftRecord;
    expect(v.safeParse(recordSchema, stored).success).toBe(true);
    const form = draftFromStored(stored);
    expect(storedFromDraft({ ...form, situation: "The team meeting, again" }, 1)?.due).toBe(
      "2026-12-10",
    );
  });

  it("has no due date when the assignment has none, and refuses one that is not a day", () => {
    expect(draftFromPrefill({ situation: "Sunday" }, "hw-1")).not.toHaveProperty("due");
    const bad = { ...stamp, ...draftFromPrefill({ situation: "Sunday" }, "hw-1"), due: "soon" };
    expect(v.safeParse(recordSchema, bad).success).toBe(false);
  });
});
