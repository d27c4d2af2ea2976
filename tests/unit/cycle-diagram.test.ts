import { describe, expect, it } from "vitest";
import {
  CYCLE_CHARS,
  CYCLE_WIDTH,
  describeCycle,
  layoutCycle,
  wrapLabel,
} from "../../src/lib/cycle-diagram";

const steps = [
  "My worth depends on how well I do",
  "I set strict, very high goals",
  "I check, redo, avoid or put things off",
  "I fall short and criticize myself, or I succeed and raise the bar",
];

describe("a cycle diagram's labels", () => {
  it("wrap at spaces into lines that fit a box, keeping every word", () => {
    const lines = wrapLabel(steps[3]!);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(CYCLE_CHARS);
    expect(lines.join(" ")).toBe(steps[3]);
  });

  it("keep a word longer than a line whole rather than cutting it", () => {
    expect(wrapLabel("a supercalifragilisticexpialidocious-word here", 10)).toEqual([
      "a",
      "supercalifragilisticexpialidocious-word",
      "here",
    ]);
  });
});

describe("a cycle diagram's layout", () => {
  const layout = layoutCycle(steps);

  it("stacks one box per step, top to bottom, without overlaps", () => {
    expect(layout.boxes.map((b) => b.lines.join(" "))).toEqual(steps);
    for (let i = 1; i < layout.boxes.length; i++) {
      const above = layout.boxes[i - 1]!;
      expect(layout.boxes[i]!.y).toBeGreaterThan(above.y + above.height);
    }
  });

  it("makes each box tall enough for its lines, and fits everything in the drawing", () => {
    for (const box of layout.boxes) {
      expect(box.baselines).toHaveLength(box.lines.length);
      expect(box.baselines[0]!).toBeGreaterThan(box.y);
      expect(box.baselines.at(-1)!).toBeLessThan(box.y + box.height);
      expect(box.x + box.width).toBeLessThan(CYCLE_WIDTH);
    }
    const last = layout.boxes.at(-1)!;
    expect(layout.height).toBeGreaterThanOrEqual(last.y + last.height);
  });

  it("draws an arrow to each next step and one loop from the last step back to the first", () => {
    expect(layout.arrows).toHaveLength(steps.length);
    const loop = layout.arrows.at(-1)!;
    const first = layout.boxes[0]!;
    const last = layout.boxes.at(-1)!;
    expect(loop.line).toContain(`M${last.x + last.width} ${last.y + last.height / 2}`);
    expect(loop.head).toContain(`${first.x + first.width},${first.y + first.height / 2}`);
  });

  it("refuses a cycle of fewer than two steps", () => {
    expect(() => layoutCycle(["alone"])).toThrow();
  });
});

describe("a cycle diagram's text version", () => {
  it("reads the steps in order and says the cycle starts again", () => {
    expect(describeCycle(["Worry.", "Avoid"])).toBe(
      "1. Worry. 2. Avoid. Then it goes back to step 1, and the cycle starts again.",
    );
  });
});

describe("someone's own words in a cycle diagram", () => {
  it("are cut to the lines a box has, the last ending in “…”, and a very long word is broken", () => {
    const lines = wrapLabel("one two three four five six seven eight nine ten", 9, 2);
    expect(lines).toEqual(["one two", "three…"]);
    expect(lines.every((l) => l.length <= 9)).toBe(true);
    expect(wrapLabel("abcdefghijkl", 5, 3)).toEqual(["abcde", "fghij", "kl"]);
    expect(wrapLabel("short", 9, 2)).toEqual(["short"]);
  });

  it("can end in a fork whose two halves sit side by side, as tall as each other", () => {
    const layout = layoutCycle(
      ["A", "B", [{ text: "met" }, { text: "missed, and a great deal more to say about it" }]],
      { aside: { head: "Costs", text: "" } },
    );
    const [, b, met, missed, costs] = layout.boxes;
    expect(met!.y).toBe(missed!.y);
    expect(met!.height).toBe(missed!.height);
    expect(met!.x + met!.width).toBeLessThan(missed!.x);
    expect(costs!.aside).toBe(true);
    expect(costs!.y).toBeGreaterThan(missed!.y + missed!.height);
    // Into each half of the fork, then a loop back from each.
    expect(layout.arrows).toHaveLength(5);
    expect(layout.arrows[1]!.line).toContain(`M${b!.x + b!.width / 2} ${b!.y + b!.height}`);
    expect(layout.height).toBeGreaterThan(costs!.y + costs!.height);
  });

  it("leaves room in each box for writing by hand when asked", () => {
    const blank = layoutCycle(
      [
        { head: "A", text: "" },
        { head: "B", text: "" },
      ],
      { minLines: 3 },
    );
    const filled = layoutCycle([
      { head: "A", text: "x" },
      { head: "B", text: "y" },
    ]);
    expect(blank.boxes[0]!.height).toBeGreaterThan(filled.boxes[0]!.height);
    expect(blank.boxes[0]!.lines).toEqual(["A"]);
  });

  it("refuses a fork before the last step", () => {
    expect(() => layoutCycle([[{ text: "a" }, { text: "b" }], "c"])).toThrow();
  });
});
