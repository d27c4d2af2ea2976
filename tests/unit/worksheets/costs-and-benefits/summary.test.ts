import { describe, expect, it } from "vitest";
import { summaryEntries } from "../../../../src/worksheets/costs-and-benefits/summary";
import { summaryNames } from "../../../../src/worksheets/costs-and-benefits/summary-names";
import { emptyEntry } from "../../../../src/worksheets/costs-and-benefits/entry";

const T = "2026-12-01T09:00:00.000Z";
const record = (more: object) => ({
  ...emptyEntry("2026-12-01"),
  ...more,
  id: "e1",
  createdAt: T,
  updatedAt: T,
  kind: "entry" as const,
});

describe("costs and benefits in the session summary", () => {
  it("makes one block per entry titled by its topic, with the written fields named in full", () => {
    const [block] = summaryEntries(
      [
        record({
          topic: "My standards at work",
          keepCosts: "Late nights",
          changeGives: " Evenings free ",
          decision: "Check once.",
        }),
      ],
      summaryNames(),
    );
    expect(block).toEqual({
      key: "costs-and-benefits:e1",
      worksheet: "costs-and-benefits",
      day: "2026-12-01",
      title: "Costs and benefits: My standards at work",
      lines: [
        ["The change I'm weighing up", "My standards at work"],
        ["Keeping things as they are: what it costs me", "Late nights"],
        ["Changing: what it would give me", "Evenings free"],
        ["What I decide for now", "Check once."],
      ],
      recordIds: ["e1"],
    });
  });

  it("says there is no topic yet, and lists the therapist's note", () => {
    const [block] = summaryEntries(
      [record({ keepGives: "Praise", therapistNote: "For Tuesday" })],
      summaryNames(),
    );
    expect(block!.title).toBe("Costs and benefits: No topic yet");
    expect(block!.lines).toContainEqual(["Note from my therapist", "For Tuesday"]);
  });
});
