import { describe, expect, it } from "vitest";
import { summaryEntries } from "../../../../src/worksheets/my-cycle/summary";
import { summaryNames } from "../../../../src/worksheets/my-cycle/summary-names";
import type { CycleEntry } from "../../../../src/worksheets/my-cycle/schema";

const T = "2026-11-02T20:00:00.000Z";
const base = {
  id: "c1",
  kind: "cycle",
  createdAt: T,
  updatedAt: T,
  day: "2026-11-02",
  worth: "",
  standards: "Every report must be perfect",
  checking: "",
  met: "",
  missed: "I call myself useless",
  costs: "",
} as CycleEntry;

describe("a cycle in the session summary", () => {
  it("is titled by its first words and lists the note and each part written, by name", () => {
    const [entry] = summaryEntries([{ ...base, note: "From Dr. Rivera: hi" }], summaryNames());
    expect(entry).toMatchObject({
      key: "my-cycle:c1",
      worksheet: "my-cycle",
      day: "2026-11-02",
      title: "Cycle: Every report must be perfect",
      recordIds: ["c1"],
    });
    expect(entry!.lines).toEqual([
      ["Note from your therapist", "From Dr. Rivera: hi"],
      ["The standards I hold myself to", "Every report must be perfect"],
      ["When I miss a standard", "I call myself useless"],
    ]);
  });
});
