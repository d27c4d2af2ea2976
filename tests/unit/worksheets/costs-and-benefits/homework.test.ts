import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import { entryFromPrefill } from "../../../../src/worksheets/costs-and-benefits/prefill";
import { costsPrefill } from "../../../../src/worksheets/costs-and-benefits/PrefillForm";
import { homeworkSchema, PREFILL_TEXT_MAX } from "../../../../src/engine/homework/link-schema";
import { recordSchema } from "../../../../src/worksheets/costs-and-benefits/schema";

const stamp = {
  id: "new",
  createdAt: "2026-12-01T09:00:00.000Z",
  updatedAt: "2026-12-01T09:00:00.000Z",
};

describe("the homework builder's costs and benefits pre-fill", () => {
  it("trims the topic and the note, and leaves the pre-fill out when both are empty", () => {
    expect(costsPrefill({ topic: " my standards at work ", note: " Try the boxes. " })).toEqual({
      topic: "my standards at work",
      note: "Try the boxes.",
    });
    expect(costsPrefill({ topic: "Work" })).toEqual({ topic: "Work" });
    expect(costsPrefill({ topic: "  ", note: "\n" })).toBeUndefined();
  });

  it("caps a long topic so the link stays valid", () => {
    const prefill = costsPrefill({ topic: "x".repeat(PREFILL_TEXT_MAX + 20) });
    expect(prefill?.topic).toHaveLength(PREFILL_TEXT_MAX);
    const link = { v: 1, id: "abcdEFGH1234", w: "costs-and-benefits", prefill };
    expect(v.safeParse(homeworkSchema, link).success).toBe(true);
  });
});

describe("the entry a homework link adds", () => {
  it("is a new entry for today with the therapist's topic and note, tagged with the assignment", () => {
    const content = entryFromPrefill(
      { topic: "my standards at work", note: "Fill in all four boxes." },
      "hw-1",
      "2026-12-01",
    );
    expect(content).toMatchObject({
      kind: "entry",
      day: "2026-12-01",
      topic: "my standards at work",
      keepGives: "",
      decision: "",
      therapistNote: "Fill in all four boxes.",
      homeworkId: "hw-1",
    });
    expect(v.safeParse(recordSchema, { ...content, ...stamp }).success).toBe(true);
  });

  it("still makes an entry the store accepts when the link carried a note alone", () => {
    const content = entryFromPrefill({ note: "Think about your evenings." }, "hw-2", "2026-12-01");
    expect(content.topic).toBe("");
    expect(v.safeParse(recordSchema, { ...content, ...stamp }).success).toBe(true);
  });
});
