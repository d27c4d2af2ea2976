import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import nextSteps from "../../../../content/self-screen-next-steps.json";
import { worksheets } from "../../../../src/worksheets/registry";
import { instrument } from "../../../../src/worksheets/self-screen/instrument";
import text from "../../../../src/worksheets/self-screen/words/instrument.en.json";

describe("the self-screen's words file", () => {
  it("gives every domain, question and answer its words, and names no other ids", () => {
    expect(Object.keys(text.domains).sort()).toEqual(instrument.domains.map((d) => d.id).sort());
    expect(Object.keys(text.items).sort()).toEqual(instrument.items.map((i) => i.id).sort());
    for (const d of instrument.domains) expect(d.name && d.explanation).toBeTruthy();
    for (const i of instrument.items) expect(i.text).toBeTruthy();
    expect(instrument.scale.options.map((o) => o.label)).toEqual(Object.values(text.options));
  });
});

describe("the self-screen's next steps (content/self-screen-next-steps.json)", () => {
  const articles = new Set(readdirSync("content/articles").map((f) => f.replace(/\.mdx$/, "")));
  const listed = new Set(worksheets.map((w) => w.slug));

  it("points every area to an article that exists and a worksheet the registry lists", () => {
    for (const d of instrument.domains) {
      expect(articles.has(d.article), `${d.id} → ${d.article}`).toBe(true);
      expect(listed.has(d.worksheet), `${d.id} → ${d.worksheet}`).toBe(true);
    }
    expect(listed.has(nextSteps.always)).toBe(true);
  });

  it("never suggests the self-screen itself or the exposure ladder after a screen", () => {
    const suggested = [...instrument.domains.map((d) => d.worksheet), nextSteps.always];
    expect(suggested).not.toContain("self-screen");
    expect(suggested).not.toContain("exposure-ladder");
  });
});
