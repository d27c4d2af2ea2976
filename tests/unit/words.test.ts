import { describe, expect, it } from "vitest";
import { fill, t, words } from "../../src/engine/core/words";

const dict = {
  saved: "Saved",
  greet: "Hello, {name}",
  entries: { one: "{count} entry", other: "{count} entries" },
  onlyOther: { other: "{count} steps" },
};

describe("t", () => {
  it("returns plain text unchanged", () => {
    expect(t(dict, "saved")).toBe("Saved");
  });
  it("fills named holes", () => {
    expect(t(dict, "greet", { name: "Sam" })).toBe("Hello, Sam");
  });
  it("picks the English plural form by count", () => {
    expect(t(dict, "entries", { count: 1 })).toBe("1 entry");
    expect(t(dict, "entries", { count: 0 })).toBe("0 entries");
    expect(t(dict, "entries", { count: 7 })).toBe("7 entries");
  });
  it("falls back to the other form when a locale's form is missing", () => {
    expect(t(dict, "onlyOther", { count: 1 })).toBe("1 steps");
  });
  it("uses the locale's plural rules", () => {
    // Polish has a "few" form; an entry with it picks it for 3.
    const pl = { files: { one: "{count} plik", few: "{count} pliki", many: "{count} plików" } };
    expect(t(pl, "files", { count: 3 }, "pl")).toBe("3 pliki");
    expect(t(pl, "files", { count: 5 }, "pl")).toBe("5 plików");
  });
  it("throws on a missing key, so a typo fails a test instead of showing a blank", () => {
    expect(() => t(dict, "nope")).toThrow(/nope/);
    expect(() => t(dict, "constructor")).toThrow(/constructor/);
  });
  it("leaves a hole with no value visible", () => {
    expect(fill("Due {day}")).toBe("Due {day}");
  });
  it("binds a dictionary once", () => {
    expect(words(dict)("entries", { count: 2 })).toBe("2 entries");
  });
});
