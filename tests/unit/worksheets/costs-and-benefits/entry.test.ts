import { describe, expect, it } from "vitest";
import {
  draftFromEntry,
  emptyEntry,
  entryFromDraft,
  entryName,
  sameDraft,
  sortNewest,
  validateEntry,
} from "../../../../src/worksheets/costs-and-benefits/entry";
import { words } from "../../../../src/engine/core/words";
import en from "../../../../src/worksheets/costs-and-benefits/words/en.json";
import type { CostsEntry } from "../../../../src/worksheets/costs-and-benefits/schema";
import { TEXT_MAX } from "../../../../src/engine/storage/record";

const say = words(en, "en");
const stored = (id: string, day: string, createdAt: string, more = {}): CostsEntry => ({
  ...emptyEntry(day),
  topic: id,
  ...more,
  id,
  createdAt,
  updatedAt: createdAt,
  kind: "entry",
});

describe("checking a costs and benefits entry before it is saved", () => {
  it("asks for something in at least one box when the form is empty", () => {
    expect(validateEntry(emptyEntry("2026-12-01"), say)).toEqual({ entry: en.emptyEntry });
  });

  it("accepts a decision alone", () => {
    const draft = { ...emptyEntry("2026-12-01"), decision: "Not yet." };
    expect(validateEntry(draft, say)).toEqual({});
  });

  it("names a box that is over the limit and a day that is not real, and cuts nothing", () => {
    const long = "x".repeat(TEXT_MAX + 3);
    const draft = { ...emptyEntry("2026-02-30"), keepCosts: long };
    const errors = validateEntry(draft, say);
    expect(errors.day).toBe(en.dayNeeded);
    expect(errors.keepCosts).toContain("3 characters over");
    expect(draft.keepCosts).toBe(long);
  });
});

describe("saving and editing an entry", () => {
  it("trims what was typed and keeps the therapist's note and the assignment", () => {
    const draft = {
      ...emptyEntry(" 2026-12-01 "),
      topic: "  my standards at work ",
      keepGives: " Praise \n",
      therapistNote: "From our session",
      homeworkId: "hw-1",
    };
    expect(entryFromDraft(draft)).toMatchObject({
      day: "2026-12-01",
      topic: "my standards at work",
      keepGives: "Praise",
      keepCosts: "",
      therapistNote: "From our session",
      homeworkId: "hw-1",
    });
  });

  it("opens a saved entry for editing with everything it said, and sees no change until one is typed", () => {
    const e = stored("Email checking", "2026-12-01", "2026-12-01T09:00:00.000Z", {
      changeGives: "Time back",
    });
    const draft = draftFromEntry(e);
    expect(draft).toMatchObject({ topic: "Email checking", changeGives: "Time back" });
    expect(sameDraft(draft, draftFromEntry(e))).toBe(true);
    expect(sameDraft({ ...draft, decision: "Try it" }, draft)).toBe(false);
  });
});

describe("the list of entries", () => {
  it("puts the newest day first, and on the same day the one made last", () => {
    const list = sortNewest([
      stored("old", "2026-11-01", "2026-11-01T09:00:00.000Z"),
      stored("same day, earlier", "2026-12-01", "2026-12-01T08:00:00.000Z"),
      stored("same day, later", "2026-12-01", "2026-12-01T10:00:00.000Z"),
    ]);
    expect(list.map((e) => e.topic)).toEqual(["same day, later", "same day, earlier", "old"]);
  });

  it("names an entry by its topic, or by the first thing written when it has none", () => {
    expect(entryName({ ...emptyEntry("2026-12-01"), topic: "Work", decision: "Wait" })).toBe(
      "Work",
    );
    expect(entryName({ ...emptyEntry("2026-12-01"), changeCosts: "Fear" })).toBe("Fear");
    expect(entryName(emptyEntry("2026-12-01"))).toBe("");
  });
});
