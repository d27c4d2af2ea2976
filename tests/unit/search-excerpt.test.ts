import { describe, expect, it } from "vitest";
import { fromSentenceStart } from "../../src/lib/search-page";

describe("search excerpts start where a sentence starts", () => {
  it("keeps an excerpt that already starts a sentence", () => {
    expect(fromSentenceStart("Perfectionism is linked with <mark>worry</mark>.")).toBe(
      "Perfectionism is linked with <mark>worry</mark>.",
    );
  });

  it("drops the words before the first sentence start", () => {
    expect(fromSentenceStart("of the day. Then a <mark>goal</mark> is set.")).toBe(
      "Then a <mark>goal</mark> is set.",
    );
  });

  it("keeps a match that starts the next sentence", () => {
    expect(fromSentenceStart("and so on. <mark>Crisis</mark> lines help.")).toBe(
      "<mark>Crisis</mark> lines help.",
    );
  });

  it("never drops the match: with no sentence start before it, marks the cut with …", () => {
    expect(fromSentenceStart("of a <mark>goal</mark> planner. It helps.")).toBe(
      "…of a <mark>goal</mark> planner. It helps.",
    );
  });

  it("does not take a decimal point or a lowercase word for a sentence start", () => {
    expect(fromSentenceStart("about 2.5 hours. and <mark>rest</mark>")).toBe(
      "…about 2.5 hours. and <mark>rest</mark>",
    );
  });
});
