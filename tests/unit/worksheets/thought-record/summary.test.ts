import { describe, expect, it } from "vitest";
import {
  thoughtRecordEntries as entriesWith,
  trapWords,
} from "../../../../src/worksheets/thought-record/summary";
import text from "../../../../src/worksheets/thought-record/words/summary.en.json";
import type { ThoughtRecord } from "../../../../src/worksheets/thought-record/schema";

import { savedThought, draftThought } from "../../../support/thought-record";

const T = "2026-11-03T09:30:00.000Z";

/** The summary's own words, without the glossary: traps are then named from their ids. */
const thoughtRecordEntries = (records: Parameters<typeof entriesWith>[0], traps = {}) =>
  entriesWith(records, { ...text, ...traps });

const rec = (fields: Partial<ThoughtRecord> = {}) => savedThought({ when: T, ...fields });

describe("the thought record in a session summary", () => {
  it("makes one block per saved record, with what was written step by step", () => {
    const [entry] = thoughtRecordEntries([
      rec({
        situation: "The team meeting.",
        emotions: [
          { name: "anxious", before: 80, after: 40 },
          { name: "ashamed", before: 60 },
        ],
        beliefBefore: 85,
        beliefAfter: 35,
        traps: ["mind-reading", "all-or-nothing"],
        evidenceFor: "I paused.",
        evidenceAgainst: "People asked questions.",
        balancedThought: "I lost my place briefly.",
        balancedBelief: 70,
      }),
    ]);
    expect(entry).toMatchObject({
      key: "thought-record:r1",
      worksheet: "thought-record",
      title: "Thought record: I always get it wrong.",
      recordIds: ["r1"],
    });
    expect(entry!.lines).toEqual([
      ["Situation", "The team meeting."],
      ["Feelings, at the time → at the end", "anxious 80 → 40; ashamed 60 → –"],
      ["Automatic thought", "I always get it wrong."],
      ["Belief in it, at the time → at the end", "85% → 35%"],
      ["Thinking traps", "Mind reading, All or nothing"],
      ["Facts that support it", "I paused."],
      ["Facts that don't fit it", "People asked questions."],
      ["Balanced thought", "I lost my place briefly."],
      ["Belief in the balanced thought", "70%"],
    ]);
  });

  it("leaves out what was skipped, and names traps from the glossary when given", () => {
    const [entry] = thoughtRecordEntries([rec({ beliefAfter: 20, traps: ["labeling"] })], {
      labeling: "Labeling yourself",
    });
    expect(entry!.lines).toEqual([
      ["Automatic thought", "I always get it wrong."],
      ["Belief in it, at the time → at the end", "– → 20%"],
      ["Thinking traps", "Labeling yourself"],
    ]);
  });

  it("leaves out unfinished drafts", () => {
    const draft = draftThought();
    expect(thoughtRecordEntries([draft, rec({ id: "r2" })]).map((e) => e.key)).toEqual([
      "thought-record:r2",
    ]);
  });

  it("dates each block by the person's own calendar day, not UTC's", () => {
    const lateEvening = new Date(2026, 10, 3, 23, 45).toISOString();
    const earlyMorning = new Date(2026, 10, 4, 0, 15).toISOString();
    const days = thoughtRecordEntries([rec({ when: lateEvening }), rec({ when: earlyMorning })]);
    expect(days.map((e) => e.day)).toEqual(["2026-11-03", "2026-11-04"]);
  });

  it("shortens a long thought in the title", () => {
    const long = "a".repeat(100);
    const [entry] = thoughtRecordEntries([rec({ automaticThought: long })]);
    expect(entry!.title).toBe(`Thought record: ${"a".repeat(69)}…`);
    expect(entry!.lines).toContainEqual(["Automatic thought", long]);
  });

  it("writes a trap's id in words when the glossary is not at hand", () => {
    expect(trapWords("mind-reading")).toBe("Mind reading");
    expect(trapWords("catastrophizing")).toBe("Catastrophizing");
  });
});
