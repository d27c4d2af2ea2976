import { describe, expect, it } from "vitest";
import {
  PART_IDS,
  partKey,
  sectionsFrom,
} from "../../../../src/worksheets/relapse-prevention-plan/plan";
import { TITLES } from "../../../../src/worksheets/relapse-prevention-plan/titles";
import en from "../../../../src/worksheets/relapse-prevention-plan/words/en.json";
import { words } from "../../../../src/engine/core/words";

const w = words(en, "en-US");

describe("the plan's words", () => {
  it("give every part its title, prompt and examples, in page order", () => {
    const parts = sectionsFrom(en);
    expect(parts.filter((p) => p.type !== "crisis").map((p) => p.id)).toEqual(PART_IDS);
    for (const p of parts) {
      expect(p.title).not.toBe("");
      expect(p.prompt).not.toBe("");
      if (p.type === "text" || p.type === "contacts") expect(p.examples.length).toBeGreaterThan(1);
    }
    expect(partKey("warning-signs", "Title")).toBe("warningSignsTitle");
  });

  it("give the homework page and the summary every part's title, in page order", () => {
    expect(Object.keys(TITLES)).toEqual(sectionsFrom(en).map((p) => p.id));
    expect(Object.keys(TITLES)).toEqual(expect.arrayContaining([...PART_IDS, "crisis"]));
    expect(Object.values(TITLES).every((t) => t !== "")).toBe(true);
  });

  it("label every contact field and name the contact in each message about them", () => {
    for (const f of ["Name", "Phone", "Relationship", "Note"])
      expect(w(`contact${f}`)).not.toBe("");
    expect(w("contactsCall", { phone: "555 0100" })).toBe("Call 555 0100");
    expect(w("removeTitle", { name: "Sam" })).toBe("Delete Sam?");
    expect(w("contactsRemoved", { name: "Sam" })).toBe("Sam was removed from your plan.");
    expect(w("contactsFix", { count: 1 })).toBe(
      "Please check the marked field. Nothing is saved yet.",
    );
    expect(w("contactsFix", { count: 2 })).toBe(
      "Please check the 2 marked fields. Nothing is saved yet.",
    );
  });
});
