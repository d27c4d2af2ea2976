import { describe, expect, it } from "vitest";
import { excerpt, highlight } from "../../../../src/worksheets/self-compassion-journal/search";

const marks = (text: string, query: string) =>
  highlight(text, query)
    .filter((p) => p.match)
    .map((p) => p.text);

describe("highlighting what a search found", () => {
  it("marks the start of each word a query word begins", () => {
    expect(marks("Kindness to a kind coworker", "kind")).toEqual(["Kind", "kind"]);
    expect(marks("I was kind", "was kind")).toEqual(["was", "kind"]);
  });

  it("keeps the whole text, in order, around the marks", () => {
    const parts = highlight("Be kind to yourself.", "kind");
    expect(parts.map((p) => p.text).join("")).toBe("Be kind to yourself.");
    expect(parts).toEqual([
      { text: "Be ", match: false },
      { text: "kind", match: true },
      { text: " to yourself.", match: false },
    ]);
  });

  it("ignores case and accents, and marks the letters as written", () => {
    expect(marks("Café with Zoë", "cafe zoe")).toEqual(["Café", "Zoë"]);
    expect(marks("CAFÉ", "caf")).toEqual(["CAF"]);
    // An accent written as a separate mark stays with its letter.
    expect(marks("Cafe\u0301s", "cafe")).toEqual(["Cafe\u0301"]);
  });

  it("reads apostrophes the way the search does", () => {
    expect(marks("I shouldn’t have said that", "shouldnt")).toEqual(["shouldn’t"]);
    expect(marks("I shouldn't have", "shouldn't")).toEqual(["shouldn't"]);
  });

  it("marks a whole word when a longer query word covers it", () => {
    expect(marks("kindness", "kind kindness")).toEqual(["kindness"]);
  });

  it("marks nothing for an empty query or a word that is not there", () => {
    expect(highlight("A calm day", "")).toEqual([{ text: "A calm day", match: false }]);
    expect(highlight("A calm day", "?!")).toEqual([{ text: "A calm day", match: false }]);
    expect(marks("A calm day", "storm")).toEqual([]);
    expect(highlight("", "calm")).toEqual([]);
  });

  it("does not mark a query word found inside a word", () => {
    expect(marks("unkind words", "kind")).toEqual([]);
  });
});

describe("a short piece of an answer for the list", () => {
  const long =
    "It started as an ordinary Monday. I was tired, the bus was late, and I spilled coffee on my notes. " +
    "Then in the meeting my manager pointed out a typo in my report in front of everyone, and I felt my face go hot.";

  it("keeps a short answer whole, on one line", () => {
    expect(excerpt("A calm\n\nday", "")).toBe("A calm day");
  });

  it("cuts a long answer at a space and says so with an ellipsis", () => {
    const piece = excerpt(long, "", 60);
    expect(piece.endsWith("…")).toBe(true);
    expect(piece.length).toBeLessThanOrEqual(61);
    expect(long.startsWith(piece.slice(0, -1))).toBe(true);
    expect(long[piece.length - 1]).toBe(" ");
  });

  it("moves to the first match when it would be cut off, with a little before it", () => {
    const piece = excerpt(long, "typo", 80);
    expect(piece.startsWith("…")).toBe(true);
    expect(piece).toContain("typo");
    expect(piece.length).toBeLessThanOrEqual(82);
    expect(marks(piece, "typo")).toEqual(["typo"]);
  });

  it("starts at the beginning when the match is already in view", () => {
    expect(excerpt(long, "ordinary", 80).startsWith("It started")).toBe(true);
  });
});
