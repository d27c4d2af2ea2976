import { describe, expect, it } from "vitest";
import { STEPS } from "../../../../src/worksheets/thought-record/record";
import { buildPageData, pageDataJson } from "../../../../src/worksheets/thought-record/page-data";
import { FIELD_WORDS } from "../../../../src/worksheets/thought-record/words";
import en from "../../../../src/worksheets/thought-record/words/en.json";
import { t } from "../../../../src/engine/core/words";

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

  it("put names and numbers where the text says, with the right plural", () => {
    expect(t(en, "draftEdit", { when: "Tue, Nov 3", step: 4 })).toBe(
      "Changes to your thought record from Tue, Nov 3, not saved yet. You were on step 4 of 7.",
    );
    expect(t(en, "stepOf", { step: 3 })).toBe("Step 3 of 7");
    expect(t(en, "fix", { count: 1 })).toMatch(/^One answer needs/);
    expect(t(en, "fix", { count: 2 })).toMatch(/^2 answers need/);
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
