import { describe, expect, it } from "vitest";
import {
  draftFromEntry,
  emptyEntry,
  entryFromDraft,
  firstAnswer,
  isUnwrittenHomework,
  sameDraft,
} from "../../../../src/worksheets/self-compassion-journal/journal";
import { fill } from "../../../../src/worksheets/self-compassion-journal/words";
import type { JournalEntry } from "../../../../src/worksheets/self-compassion-journal/schema";
import { entry } from "./fixtures";

const typed = (fields: Partial<JournalEntry> = {}) =>
  entry("e", {
    whatHappened: "A hard meeting.",
    whatIdSayToAFriend: "You did your best.",
    ...fields,
  });

describe("editing an entry", () => {
  it("opens the form with the entry's day and answers as written", () => {
    expect(draftFromEntry(typed())).toEqual({
      day: "2026-11-19",
      whatHappened: "A hard meeting.",
      whatISaid: "",
      whatIdSayToAFriend: "You did your best.",
      strength: "",
    });
  });

  it("keeps the homework tag, so saving keeps the entry linked to its assignment", () => {
    const draft = draftFromEntry(typed({ homeworkId: "hw-1" }));
    expect(draft.homeworkId).toBe("hw-1");
    expect(entryFromDraft(draft).homeworkId).toBe("hw-1");
  });

  it("tells an unchanged draft from a changed one", () => {
    const draft = draftFromEntry(typed());
    expect(sameDraft(draft, { ...draft })).toBe(true);
    expect(sameDraft(draft, { ...draft, strength: "Patience" })).toBe(false);
    expect(sameDraft(draft, { ...draft, day: "2026-11-18" })).toBe(false);
    expect(sameDraft(emptyEntry("2026-11-19"), emptyEntry("2026-11-19"))).toBe(true);
  });
});

describe("an entry's preview", () => {
  it("is the first answer written, in prompt order", () => {
    expect(firstAnswer(typed())).toBe("A hard meeting.");
    expect(firstAnswer(typed({ whatHappened: "  ", whatISaid: " Be careful. " }))).toBe(
      "Be careful.",
    );
    expect(firstAnswer({ ...emptyEntry("2026-11-19") })).toBe("");
  });
});

describe("homework waiting to be written", () => {
  it("is an entry from a link that has not been changed since it was added", () => {
    expect(isUnwrittenHomework(typed({ homeworkId: "hw" }))).toBe(true);
    expect(
      isUnwrittenHomework(typed({ homeworkId: "hw", updatedAt: "2026-11-21T08:00:00.000Z" })),
    ).toBe(false);
    expect(isUnwrittenHomework(typed())).toBe(false);
  });
});

describe("filling in a wording template", () => {
  it("puts each value where its number is", () => {
    expect(fill("{0} entries match “{1}”.", 3, "kind")).toBe("3 entries match “kind”.");
    expect(fill("Step {0} of {1}: {2}", 2, 13, "Breathe")).toBe("Step 2 of 13: Breathe");
  });
});
