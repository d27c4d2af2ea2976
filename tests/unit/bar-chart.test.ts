import { describe, expect, it } from "vitest";
import { stackTotals } from "../../src/engine/ui/BarChart";

describe("stacked bar totals", () => {
  it("adds each category's values across the series", () => {
    expect(
      stackTotals([{ values: [1, 0, 2] }, { values: [3, 1, 0] }, { values: [0, 0, 1] }]),
    ).toEqual([4, 1, 3]);
  });

  it("skips missing values and leaves a category with none missing, not zero", () => {
    expect(stackTotals([{ values: [null, 2, null] }, { values: [null, null, 0] }])).toEqual([
      null,
      2,
      0,
    ]);
  });
});
