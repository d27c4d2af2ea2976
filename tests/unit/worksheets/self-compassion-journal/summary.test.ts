import { describe, expect, it } from "vitest";
import { selfCompassionJournalEntries as entriesWith } from "../../../../src/worksheets/self-compassion-journal/summary";
import { summaryNames } from "../../../../src/worksheets/self-compassion-journal/summary-names";
import { promptsFrom } from "../../../../src/worksheets/self-compassion-journal/journal";
import en from "../../../../src/worksheets/self-compassion-journal/words/en.json";

const PROMPTS = promptsFrom(en);
const selfCompassionJournalEntries = (records: Parameters<typeof entriesWith>[0]) =>
  entriesWith(records, summaryNames());
import { entry } from "./fixtures";

describe("journal entries in the session summary", () => {
  it("makes one block per entry, on the entry's own day, with the answered prompts in order", () => {
    const [block] = selfCompassionJournalEntries([
      entry("e1", {
        whatHappened: "I sent the report with a typo.",
        whatIdSayToAFriend: "  Anyone could miss that.  ",
        strength: "Patience",
      }),
    ]);
    expect(block).toEqual({
      key: "self-compassion-journal:e1",
      worksheet: "self-compassion-journal",
      day: "2026-11-19",
      title: "Journal: I sent the report with a typo.",
      lines: [
        ["What happened", "I sent the report with a typo."],
        ["What I would say to a friend", "Anyone could miss that."],
        ["One strength I used today", "Patience"],
      ],
      recordIds: ["e1"],
    });
  });

  it("names the prompts as the journal does", () => {
    const [block] = selfCompassionJournalEntries([
      entry("e", { whatHappened: "a", whatISaid: "b", whatIdSayToAFriend: "c", strength: "d" }),
    ]);
    expect(block!.lines.map(([label]) => label)).toEqual(PROMPTS.map((p) => p.label));
  });

  it("titles an entry by its first answer, shortened and on one line", () => {
    const [long, later] = selfCompassionJournalEntries([
      entry("a", { whatHappened: `A very long day\nat work ${"and more ".repeat(20)}` }),
      entry("b", { strength: "Asking for help" }),
    ]);
    expect(long!.title).toMatch(/^Journal: A very long day at work and more/);
    expect(long!.title.endsWith("…")).toBe(true);
    expect(long!.title.length).toBeLessThanOrEqual(70);
    expect(later!.title).toBe("Journal: Asking for help");
  });

  it("has no blocks when there are no entries", () => {
    expect(selfCompassionJournalEntries([])).toEqual([]);
  });
});
