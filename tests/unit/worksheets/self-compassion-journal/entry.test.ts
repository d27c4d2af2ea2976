import { describe, expect, it } from "vitest";
import {
  draftFromEntry,
  emptyEntry,
  entryFromDraft,
  firstAnswer,
  isUnwrittenHomework,
  sameDraft,
} from "../../../../src/worksheets/self-compassion-journal/journal";
import en from "../../../../src/worksheets/self-compassion-journal/words/en.json";
import { words } from "../../../../src/engine/core/words";
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

describe("the journal's words", () => {
  it("put each value where its name is, and count in the right form", () => {
    const w = words(en, "en-US");
    expect(w("matches", { count: 3, query: "kind" })).toBe("3 entries match “kind”.");
    expect(w("matches", { count: 1, query: "kind" })).toBe("1 entry matches “kind”.");
    expect(w("timerSayStep", { step: 2, of: 13, text: "Breathe" })).toBe("Step 2 of 13: Breathe");
    expect(w("left", { count: 1 })).toBe("1 character left");
  });
});
