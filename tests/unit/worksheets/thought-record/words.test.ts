import { describe, expect, it } from "vitest";
import { STEPS } from "../../../../src/worksheets/thought-record/record";
import { buildPageData, pageDataJson } from "../../../../src/worksheets/thought-record/page-data";
import { FIELD_WORDS, fill, TEXT } from "../../../../src/worksheets/thought-record/words";

const glossary = [
  {
    id: "labeling",
    name: "Labeling",
    summary: "Calling yourself a name.",
    example: "I'm a failure.",
    alternative: "I made a mistake.",
  },
];

describe("the thought record's words", () => {
  it("have a label for every part of every step", () => {
    for (const f of STEPS.flatMap((s) => s.fields)) {
      expect(FIELD_WORDS[f].label.length, f).toBeGreaterThan(3);
    }
  });

  it("put names and numbers where the text says, in order", () => {
    expect(fill(TEXT.draftEdit, "Tue, Nov 3", 4)).toBe(
      "Changes to your thought record from Tue, Nov 3, not saved yet. You were on step 4 of 7.",
    );
    expect(fill(TEXT.stepOf, 3)).toBe("Step 3 of 7");
  });

  it("pass the page each trap's name and summary only, from the glossary", () => {
    const data = buildPageData(glossary);
    expect(data.traps).toEqual([
      { id: "labeling", name: "Labeling", summary: "Calling yourself a name." },
    ]);
    expect(data.steps).toHaveLength(7);
  });

  it("are safe inside a script element, even with a closing tag in the text", () => {
    const json = pageDataJson([{ ...glossary[0]!, summary: "</script><b>" }]);
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json).traps[0].summary).toBe("</script><b>");
  });
});
