import { describe, expect, it } from "vitest";
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
