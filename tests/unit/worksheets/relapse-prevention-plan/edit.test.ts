import { describe, expect, it } from "vitest";
import {
  addMonths,
  appendLines,
  charactersLeft as left,
  COUNTER_FROM,
  holdsLine,
  sectionError as error,
  tidyLines,
  tooLong as long,
} from "../../../../src/worksheets/relapse-prevention-plan/edit";
import {
  contactsOf,
  dayOf,
  longDay as day,
  reviewDateOf,
  sectionText,
} from "../../../../src/worksheets/relapse-prevention-plan/records";
import {
  SECTION_MAX,
  type RelapsePlanRecord,
} from "../../../../src/worksheets/relapse-prevention-plan/schema";
import en from "../../../../src/worksheets/relapse-prevention-plan/words/en.json";
import { words } from "../../../../src/engine/core/words";

const w = words(en, "en-US");
const sectionError = (text: string) => error(text, w, "en-US");
const tooLong = (length: number, max: number) => long(length, max, w, "en-US");
const charactersLeft = (text: string) => left(text, w);
const longDay = (d: string) => day(d, "en-US");

const at = (day: number) => `2026-11-${String(day).padStart(2, "0")}T10:00:00.000Z`;

describe("adding lines to a section", () => {
  it("puts the new line below what is written, on a line of its own", () => {
    expect(appendLines("Check once, then send", "Set a timer")).toBe(
      "Check once, then send\nSet a timer",
    );
  });

  it("uses the new line alone when the section is empty or only spaces", () => {
    expect(appendLines("", "Set a timer")).toBe("Set a timer");
    expect(appendLines("  \n ", "Set a timer")).toBe("Set a timer");
  });

  it("drops trailing blank lines before adding, and changes nothing when there is nothing to add", () => {
    expect(appendLines("Rest helps\n\n  ", "  Ask for help ")).toBe("Rest helps\nAsk for help");
    expect(appendLines("Rest helps\n", "   ")).toBe("Rest helps\n");
  });

  it("tidies a list of points: each trimmed, blank lines gone", () => {
    expect(tidyLines("  one \r\n\n two\n   \nthree  ")).toBe("one\ntwo\nthree");
    expect(tidyLines(" \n ")).toBe("");
  });

  it("knows a line is already there, whatever its case and spacing", () => {
    expect(
      holdsLine("Rest first.\nOne  read is usually ENOUGH.", "One read is usually enough."),
    ).toBe(true);
    expect(holdsLine("Rest first.", "One read is usually enough.")).toBe(false);
    expect(holdsLine("Anything", "   ")).toBe(false);
  });
});

describe("the section limit", () => {
  it("lets a section up to the limit be saved", () => {
    expect(sectionError("a".repeat(SECTION_MAX))).toBeUndefined();
  });

  it("explains a section over the limit, saying how far over and that nothing was cut", () => {
    const message = sectionError("a".repeat(SECTION_MAX + 12));
    expect(message).toBe(tooLong(SECTION_MAX + 12, SECTION_MAX));
    expect(message).toContain("4,000 characters or fewer");
    expect(message).toContain("12 over");
    expect(message).toContain("nothing has been cut");
  });

  it("counts the characters left only near the limit, and not once it is passed", () => {
    expect(charactersLeft("a".repeat(COUNTER_FROM - 1))).toBe("");
    expect(charactersLeft("a".repeat(SECTION_MAX - 120))).toBe("120 characters left");
    expect(charactersLeft("a".repeat(SECTION_MAX - 1))).toBe("1 character left");
    expect(charactersLeft("a".repeat(SECTION_MAX + 1))).toBe("");
  });
});

describe("review dates", () => {
  it("adds whole months, keeping the day of the month", () => {
    expect(addMonths("2026-11-26", 3)).toBe("2027-02-26");
    expect(addMonths("2026-01-15", 1)).toBe("2026-02-15");
    expect(addMonths("2026-06-30", 6)).toBe("2026-12-30");
  });

  it("falls back to the last day of a shorter month, leap years included", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2027-11-30", 3)).toBe("2028-02-29");
    expect(addMonths("2026-08-31", 1)).toBe("2026-09-30");
    expect(addMonths("2099-12-31", 2)).toBe("2100-02-28");
  });

  it("writes a day in the site's one day style, whatever the device's time zone", () => {
    expect(longDay("2027-01-15")).toBe("Jan 15, 2027");
  });

  it("gives the local calendar day of a moment, not the UTC one", () => {
    expect(dayOf(new Date(2026, 10, 26, 23, 30))).toBe("2026-11-26");
    expect(dayOf(new Date(2026, 10, 27, 0, 15))).toBe("2026-11-27");
  });
});

describe("reading the plan's records", () => {
  const records: RelapsePlanRecord[] = [
    { id: "c2", kind: "contact", createdAt: at(5), updatedAt: at(5), name: "Dr. Lee" },
    { id: "coping", kind: "section", createdAt: at(1), updatedAt: at(2), text: "Set a timer" },
    { id: "c1", kind: "contact", createdAt: at(3), updatedAt: at(9), name: "Sam" },
    { id: "review", kind: "review", createdAt: at(1), updatedAt: at(1), reviewDate: "2027-02-01" },
  ];

  it("finds a section's text, and gives an empty text for a section not yet written", () => {
    expect(sectionText(records, "coping")).toBe("Set a timer");
    expect(sectionText(records, "protecting")).toBe("");
  });

  it("finds the review date, or none", () => {
    expect(reviewDateOf(records)).toBe("2027-02-01");
    expect(reviewDateOf([])).toBeUndefined();
  });

  it("lists contacts in the order they were added", () => {
    expect(contactsOf(records).map((c) => c.name)).toEqual(["Sam", "Dr. Lee"]);
  });
});
