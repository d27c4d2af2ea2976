import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import { cycleFromPrefill, prefillSchema } from "../../../../src/worksheets/my-cycle/prefill";
import { prefillFromRaw } from "../../../../src/worksheets/my-cycle/PrefillForm";
import { recordSchema } from "../../../../src/worksheets/my-cycle/schema";
import en from "../../../../src/worksheets/my-cycle/words/en.json";

const T = "2026-11-02T10:00:00.000Z";
/** Whether the store would accept it, once stamped. */
const storable = (c: object) =>
  v.safeParse(recordSchema, { ...c, id: "x", createdAt: T, updatedAt: T }).success;

describe("a cycle homework link", () => {
  it("takes the builder's parts trimmed and capped, and leaves out empty ones", () => {
    expect(
      prefillFromRaw({ standards: "  Never late  ", costs: " ", worth: "x".repeat(600) }),
    ).toEqual({
      standards: "Never late",
      worth: "x".repeat(500),
    });
    expect(prefillFromRaw({ met: "  " })).toBeUndefined();
    expect(v.safeParse(prefillSchema, { met: "x".repeat(501) }).success).toBe(false);
  });

  it("adds a new cycle for today with the therapist's parts and their note, said to be from them", () => {
    const made = cycleFromPrefill(
      { standards: "Never late" },
      "hw1",
      "2026-11-02",
      en,
      "Dr. Rivera",
      " Try it ",
    );
    expect(made).toMatchObject({
      kind: "cycle",
      day: "2026-11-02",
      standards: "Never late",
      worth: "",
      note: "From Dr. Rivera: Try it",
      homeworkId: "hw1",
    });
    expect(storable(made)).toBe(true);
  });

  it("with no parts and no note, says whom it is from, so the new cycle is never empty", () => {
    const made = cycleFromPrefill(undefined, "hw2", "2026-11-02", en);
    expect(made.note).toBe("Cycle homework from my therapist.");
    expect(storable(made)).toBe(true);
  });
});
