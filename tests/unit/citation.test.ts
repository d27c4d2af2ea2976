import { describe, expect, it } from "vitest";
import { authorList, inTextCitation, referenceParts } from "../../src/lib/citation";

const one = { authors: ["Neff, K. D."], year: 2003, title: "Self-compassion" };
const two = { authors: ["Hewitt, P. L.", "Flett, G. L."], year: 1991, title: "Perfectionism" };
const four = {
  authors: ["Frost, R. O.", "Marten, P.", "Lahart, C.", "Rosenblate, R."],
  year: 1990,
  title: "The dimensions of perfectionism",
  journal: "Cognitive Therapy and Research",
  volume: "14",
  issue: "5",
  pages: "449–468",
};

describe("in-text citations", () => {
  it("names a single author with the year", () => {
    expect(inTextCitation(one)).toBe("Neff, 2003");
  });
  it("joins two authors with an ampersand", () => {
    expect(inTextCitation(two)).toBe("Hewitt & Flett, 1991");
  });
  it("shortens three or more authors to et al.", () => {
    expect(inTextCitation(four)).toBe("Frost et al., 1990");
  });
});

describe("reference list entries", () => {
  it("lists every author with an ampersand before the last", () => {
    expect(authorList(four.authors)).toBe("Frost, R. O., Marten, P., Lahart, C., & Rosenblate, R.");
  });
  it("formats a journal article with journal and volume in italics", () => {
    const parts = referenceParts(four);
    expect(parts.lead).toBe(
      "Frost, R. O., Marten, P., Lahart, C., & Rosenblate, R. (1990). The dimensions of perfectionism. ",
    );
    expect(parts.italic).toBe("Cognitive Therapy and Research, 14");
    expect(parts.tail).toBe("(5), 449–468.");
  });
  it("formats an edited book with the title in italics and the publisher after", () => {
    const parts = referenceParts({
      authors: ["Bennett-Levy, J.", "Butler, G."],
      editors: true,
      year: 2004,
      title: "Oxford guide to behavioural experiments in cognitive therapy",
      publisher: "Oxford University Press",
    });
    expect(parts.lead).toBe("Bennett-Levy, J., & Butler, G. (Eds.). (2004). ");
    expect(parts.italic).toBe("Oxford guide to behavioural experiments in cognitive therapy");
    expect(parts.tail).toBe(". Oxford University Press.");
  });
  it("keeps a title's own question mark instead of adding a period", () => {
    const parts = referenceParts({ ...four, title: "Can it be reduced?" });
    expect(parts.lead.endsWith("Can it be reduced? ")).toBe(true);
  });
});
