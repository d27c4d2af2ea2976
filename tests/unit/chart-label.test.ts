import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { wrapLabel } from "../../src/engine/chart-label";

describe("a chart label that is too long for one line", () => {
  it("stays whole on one line when it fits", () => {
    expect(wrapLabel("Sadness", 22, 2)).toEqual(["Sadness"]);
  });

  it("breaks between words onto a second line", () => {
    expect(wrapLabel("Belief in the automatic thought", 22, 2)).toEqual([
      "Belief in the",
      "automatic thought",
    ]);
  });

  it("ends in an ellipsis when even the lines allowed are not enough", () => {
    expect(wrapLabel("Belief in the automatic thought", 22, 1)).toEqual(["Belief in the…"]);
    expect(wrapLabel("one two three four five six seven", 9, 2)).toEqual(["one two", "three…"]);
  });

  it("cuts a single word longer than a line", () => {
    expect(wrapLabel("Overwhelmedness-and-dread", 10, 2)).toEqual(["Overwhelm…"]);
  });

  it("never gives more lines, or longer lines, than allowed, and keeps the words in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,14}$/), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 4, max: 30 }),
        fc.integer({ min: 1, max: 3 }),
        (words, width, lines) => {
          const out = wrapLabel(words.join(" "), width, lines);
          expect(out.length).toBeGreaterThan(0);
          expect(out.length).toBeLessThanOrEqual(lines);
          for (const l of out) expect(l.length).toBeLessThanOrEqual(width);
          const shown = out.join(" ").replace(/…$/, "");
          if (!out.some((l) => l.endsWith("…"))) expect(shown).toBe(words.join(" "));
        },
      ),
    );
  });
});
