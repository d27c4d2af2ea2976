import { describe, expect, it } from "vitest";
import {
  countSentences,
  countWords,
  fleschKincaidGrade,
  mdxToProse,
  median,
  syllables,
} from "../../src/lib/readability";

describe("syllable counting", () => {
  it.each([
    ["cat", 1],
    ["table", 2],
    ["perfect", 2],
    ["perfectionism", 4],
    ["family", 3],
    ["made", 1],
    ["helped", 1],
  ])("counts %s as %i syllable(s)", (word, n) => {
    expect(syllables(word)).toBe(n);
  });
});

describe("turning MDX into prose", () => {
  it("drops front matter, headings and citation components but keeps boxed text", () => {
    const prose = mdxToProse(
      '---\ntitle: x\n---\n<KeyPoints>\n\n- One point\n\n</KeyPoints>\n\n## Heading\n\nA [link](/x/) here <Cite k="neff2003" />.\n',
    );
    expect(prose).toBe("One point. A link here .");
  });
  it("joins a paragraph wrapped over several lines into one sentence", () => {
    expect(countSentences(mdxToProse("This sentence is\nwrapped over\nthree lines."))).toBe(1);
  });
  it("counts each list item as its own sentence", () => {
    expect(countSentences(mdxToProse("- first item\n- second item\n"))).toBe(2);
  });
});

describe("Flesch–Kincaid grade", () => {
  it("rates short, plain sentences as easy", () => {
    expect(fleschKincaidGrade("The cat sat on the mat. It was warm.")).toBeLessThan(2);
  });
  it("rates long sentences with long words as hard", () => {
    const text =
      "Multidimensional perfectionism demonstrates considerable associations with psychopathological manifestations across heterogeneous populations and methodologies.";
    expect(fleschKincaidGrade(text)).toBeGreaterThan(16);
  });
  it("counts words, ignoring punctuation", () => {
    expect(countWords("It's good — enough, really.")).toBe(4);
  });
  it("takes the median of odd and even lists", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
