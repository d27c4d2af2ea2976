import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import {
  emptyEntry,
  promptsFrom,
  entryFromDraft,
  foldText,
  groupByMonth,
  searchEntries,
  searchWords,
  sortNewest,
  validateEntry as check,
  type EntryDraft,
} from "../../../../src/worksheets/self-compassion-journal/journal";
import {
  recordSchema,
  type JournalEntry,
} from "../../../../src/worksheets/self-compassion-journal/schema";
import { ENTRY_FIELDS } from "../../../../src/worksheets/self-compassion-journal/first-answer";
import { TEXT_MAX } from "../../../../src/engine/storage/record";
import en from "../../../../src/worksheets/self-compassion-journal/words/en.json";
import { words } from "../../../../src/engine/core/words";

const w = words(en, "en-US");
const PROMPTS = promptsFrom(en);
const EMPTY_MESSAGE = en.emptyEntry;
const DAY_MESSAGE = en.dayNeeded;
const validateEntry = (d: EntryDraft) => check(d, w);

function entry(id: string, day: string, fields: Partial<JournalEntry> = {}): JournalEntry {
  const t = fields.createdAt ?? `${day}T20:00:00.000Z`;
  return {
    id,
    createdAt: t,
    updatedAt: t,
    kind: "entry",
    day,
    whatHappened: "",
    whatISaid: "",
    whatIdSayToAFriend: "",
    strength: "",
    ...fields,
  };
}

const draft = (fields: Partial<EntryDraft> = {}): EntryDraft => ({
  ...emptyEntry("2024-05-01"),
  whatHappened: "A rough meeting.",
  ...fields,
});

const ids = (list: { entry: JournalEntry }[] | JournalEntry[]) =>
  list.map((x) => ("entry" in x ? x.entry.id : x.id));

describe("the prompts", () => {
  it("are the four journal prompts, one per stored field, in form order", () => {
    expect(PROMPTS.map((p) => p.id)).toEqual([...ENTRY_FIELDS]);
    expect(PROMPTS.map((p) => p.label)).toEqual([
      "What happened",
      "What I said to myself",
      "What I would say to a friend",
      "One strength I used today",
    ]);
  });

  it("each have a short hint", () => {
    for (const p of PROMPTS) {
      expect(p.hint.length).toBeGreaterThan(20);
      expect(p.hint.length).toBeLessThanOrEqual(200);
    }
  });
});

describe("validating an entry", () => {
  it("accepts any one prompt answered", () => {
    for (const f of ENTRY_FIELDS) {
      expect(validateEntry({ ...emptyEntry("2024-05-01"), [f]: "x" })).toEqual({});
    }
  });

  it("asks for at least one answer when all four are empty or blank", () => {
    expect(validateEntry(emptyEntry("2024-05-01"))).toEqual({ entry: EMPTY_MESSAGE });
    expect(validateEntry(draft({ whatHappened: "  ", strength: "\n" }))).toEqual({
      entry: EMPTY_MESSAGE,
    });
  });

  it("needs a real day", () => {
    for (const bad of ["", "2024-02-30", "05/01/2024", "2024-5-1"]) {
      expect(validateEntry(draft({ day: bad }))).toEqual({ day: DAY_MESSAGE });
    }
    expect(validateEntry(draft({ day: "2024-02-29" }))).toEqual({});
  });

  it("explains an answer over the limit next to it, without cutting it", () => {
    const long = "x".repeat(TEXT_MAX + 3);
    const errors = validateEntry(draft({ whatISaid: long, strength: "y".repeat(TEXT_MAX) }));
    expect(Object.keys(errors)).toEqual(["whatISaid"]);
    expect(errors.whatISaid).toMatch(/^Limit reached: this is 3 characters over/);
    expect(errors.whatISaid).toContain("Nothing has been cut");
  });

  it("turns a draft into entry content that fits the stored shape", () => {
    const fields = entryFromDraft(draft({ whatHappened: "  A rough meeting. ", homeworkId: "hw" }));
    expect(fields.whatHappened).toBe("A rough meeting.");
    expect(fields.homeworkId).toBe("hw");
    const record = { ...fields, id: "n", createdAt: "2024-05-01T20:00:00.000Z", kind: "entry" };
    expect(v.safeParse(recordSchema, { ...record, updatedAt: record.createdAt }).success).toBe(
      true,
    );
    expect("homeworkId" in entryFromDraft(draft())).toBe(false);
  });
});

describe("searching entries", () => {
  const entries = [
    entry("old", "2024-03-02", { whatHappened: "Café with Zoë, I felt awkward." }),
    entry("mid", "2024-04-10", {
      whatISaid: "You are so careless.",
      whatIdSayToAFriend: "Anyone could miss that. Be kind to yourself.",
    }),
    entry("new", "2024-05-01", { strength: "Kindness to a coworker", whatHappened: "Busy day" }),
  ];

  it("ignores case and accents in both the entry and the query", () => {
    expect(ids(searchEntries(entries, "cafe zoe"))).toEqual(["old"]);
    expect(ids(searchEntries(entries, "CAFÉ"))).toEqual(["old"]);
    expect(foldText("Ça Va, Zoë")).toBe("ca va, zoe");
  });

  it("matches words by their start and returns matches newest first", () => {
    expect(ids(searchEntries(entries, "kind"))).toEqual(["new", "mid"]);
    expect(ids(searchEntries(entries, "ind"))).toEqual([]);
  });

  it("needs every query word to match, each in any of the four answers", () => {
    expect(ids(searchEntries(entries, "careless anyone"))).toEqual(["mid"]);
    expect(ids(searchEntries(entries, "kind busy"))).toEqual(["new"]);
    expect(ids(searchEntries(entries, "kind awkward"))).toEqual([]);
  });

  it("says which answers matched, in form order", () => {
    const [hit] = searchEntries(entries, "kind careless");
    expect(hit?.fields).toEqual(["whatISaid", "whatIdSayToAFriend"]);
    expect(searchEntries(entries, "busy")[0]?.fields).toEqual(["whatHappened"]);
  });

  it("returns every entry, newest first, for an empty or punctuation-only query", () => {
    expect(ids(searchEntries(entries, ""))).toEqual(["new", "mid", "old"]);
    expect(ids(searchEntries(entries, "  ?! "))).toEqual(["new", "mid", "old"]);
    expect(searchEntries(entries, "")[0]?.fields).toEqual([]);
  });

  it("treats apostrophes as part of a word", () => {
    const list = [entry("a", "2024-05-01", { whatISaid: "I shouldn’t have said that." })];
    expect(ids(searchEntries(list, "shouldn't"))).toEqual(["a"]);
    expect(searchWords("I’d try, again")).toEqual(["id", "try", "again"]);
  });

  it("does not change the list it is given", () => {
    const copy = [...entries];
    searchEntries(entries, "kind");
    expect(entries).toEqual(copy);
  });
});

describe("sorting and grouping by month", () => {
  it("sorts by day, then by when the entry was made, newest first", () => {
    const list = [
      entry("a", "2024-05-01", { createdAt: "2024-05-01T08:00:00.000Z" }),
      entry("b", "2024-05-02"),
      entry("c", "2024-05-01", { createdAt: "2024-05-01T22:00:00.000Z" }),
    ];
    expect(ids(sortNewest(list))).toEqual(["b", "c", "a"]);
  });

  it("groups entries by month, newest month first, with a readable label", () => {
    const groups = groupByMonth(
      [
        entry("jan", "2024-01-31"),
        entry("may1", "2024-05-01"),
        entry("dec", "2023-12-15"),
        entry("may20", "2024-05-20"),
      ],
      "en-US",
    );
    expect(groups.map((g) => [g.month, g.label, ids(g.entries)])).toEqual([
      ["2024-05", "May 2024", ["may20", "may1"]],
      ["2024-01", "January 2024", ["jan"]],
      ["2023-12", "December 2023", ["dec"]],
    ]);
  });

  it("has no groups when there are no entries", () => {
    expect(groupByMonth([], "en-US")).toEqual([]);
  });
});
