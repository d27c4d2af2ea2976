import { describe, expect, it } from "vitest";
import {
  buildPageData,
  pageDataJson,
  TEXT,
} from "../../../../src/worksheets/relapse-prevention-plan/page-data";
import {
  PART_IDS,
  SECTIONS,
  TITLES,
} from "../../../../src/worksheets/relapse-prevention-plan/plan";

describe("the words the plan page gives its island", () => {
  it("hold the written parts and contacts in page order, then the review", () => {
    const data = buildPageData();
    expect([...data.sections.map((s) => s.id), data.review.id]).toEqual(PART_IDS);
    expect(data.review.title).toBe(TITLES.review);
    expect(data.sections.every((s) => s.prompt && s.examples.length > 0)).toBe(true);
  });

  it("use the same titles as the summary, and list every part a person fills in", () => {
    expect(SECTIONS.map((s) => s.title)).toEqual(SECTIONS.map((s) => TITLES[s.id]));
    expect(PART_IDS).toEqual(SECTIONS.filter((s) => s.type !== "crisis").map((s) => s.id));
    expect(Object.keys(TITLES)).toEqual(SECTIONS.map((s) => s.id));
  });

  it("label every contact field, and leave a place for each name or number in the templates", () => {
    expect(TEXT.contacts.fields.map(([f]) => f)).toEqual(["name", "phone", "relationship", "note"]);
    for (const s of [TEXT.contacts.call, TEXT.contacts.remove.title, TEXT.contacts.removed])
      expect(s).toContain("{}");
  });

  it("are JSON that cannot close the script element holding it", () => {
    const json = pageDataJson();
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual(buildPageData());
  });
});
