import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import { entryFromPrefill } from "../../../../src/worksheets/self-compassion-journal/prefill";
import { journalPrefill } from "../../../../src/worksheets/self-compassion-journal/PrefillForm";
import { homeworkSchema, PREFILL_TEXT_MAX } from "../../../../src/engine/homework/link-schema";
import { recordSchema } from "../../../../src/worksheets/self-compassion-journal/schema";
import words from "../../../../src/worksheets/self-compassion-journal/words/en.json";

const stamp = { id: "new", createdAt: "2026-11-26T09:00:00.000Z" };
const asStored = (content: object) => ({ ...content, ...stamp, updatedAt: stamp.createdAt });

describe("the homework builder's journal pre-fill", () => {
  it("trims the therapist's prompt", () => {
    expect(journalPrefill({ prompt: "  A time you felt you fell short.\n" })).toEqual({
      prompt: "A time you felt you fell short.",
    });
  });

  it("leaves the pre-fill out when nothing was written", () => {
    expect(journalPrefill({})).toBeUndefined();
    expect(journalPrefill({ prompt: "   \n " })).toBeUndefined();
  });

  it("caps a long prompt so the link stays valid", () => {
    const prefill = journalPrefill({ prompt: "x".repeat(PREFILL_TEXT_MAX + 50) });
    expect(prefill?.prompt).toHaveLength(PREFILL_TEXT_MAX);
    const link = { v: 1, id: "abcdEFGH1234", w: "self-compassion-journal", prefill };
    expect(v.safeParse(homeworkSchema, link).success).toBe(true);
  });
});

describe("the entry a homework link adds", () => {
  it("is a new entry for today that starts from the therapist's prompt, tagged with the assignment", () => {
    const content = entryFromPrefill(
      { prompt: "A time this week you felt you fell short." },
      "hw-1",
      "2026-11-26",
      words,
      "Dr. Rivera",
    );
    expect(content).toEqual({
      kind: "entry",
      day: "2026-11-26",
      whatHappened: "Prompt from Dr. Rivera: A time this week you felt you fell short.",
      whatISaid: "",
      whatIdSayToAFriend: "",
      strength: "",
      homeworkId: "hw-1",
    });
    expect(v.safeParse(recordSchema, asStored(content)).success).toBe(true);
  });

  it("names the due date in its first line, so the entry keeps it", () => {
    const withPrompt = entryFromPrefill(
      { prompt: "A hard moment" },
      "hw",
      "2026-11-26",
      words,
      "Dr. Rivera",
      "Dec 10, 2026",
    );
    expect(withPrompt.whatHappened).toBe("Prompt from Dr. Rivera, due Dec 10, 2026: A hard moment");
    expect(
      entryFromPrefill(undefined, "hw", "2026-11-26", words, "", "Dec 10, 2026").whatHappened,
    ).toBe("Journal homework from my therapist, due Dec 10, 2026.");
  });

  it("says “my therapist” when the link has no name", () => {
    expect(
      entryFromPrefill({ prompt: "A hard moment" }, "hw", "2026-11-26", words).whatHappened,
    ).toBe("Prompt from my therapist: A hard moment");
    expect(
      entryFromPrefill({ prompt: "A hard moment" }, "hw", "2026-11-26", words, "  ").whatHappened,
    ).toBe("Prompt from my therapist: A hard moment");
  });

  it("is still a valid entry when the link has no prompt", () => {
    for (const prefill of [undefined, {}, { prompt: "  " }]) {
      const content = entryFromPrefill(prefill, "hw", "2026-11-26", words, "Sam");
      expect(content.whatHappened).toBe("Journal homework from Sam.");
      expect(v.safeParse(recordSchema, asStored(content)).success).toBe(true);
    }
  });

  it("fits the stored shape with the longest prompt and name a link can carry", () => {
    const content = entryFromPrefill(
      { prompt: "p".repeat(PREFILL_TEXT_MAX) },
      "hw",
      "2026-11-26",
      words,
      "n".repeat(80),
    );
    expect(v.safeParse(recordSchema, asStored(content)).success).toBe(true);
  });
});
