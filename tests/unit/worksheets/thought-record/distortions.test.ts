import { readFileSync } from "node:fs";
import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import {
  isKnownTrap,
  trapNames,
  type Distortion,
} from "../../../../src/worksheets/thought-record/distortions";
import { TRAPS_MAX, recordSchema } from "../../../../src/worksheets/thought-record/schema";

const glossary: Distortion[] = JSON.parse(
  readFileSync(new URL("../../../../content/distortions.json", import.meta.url), "utf8"),
);

const small: Distortion[] = [
  { id: "labeling", name: "Labeling", summary: "s", example: "e", alternative: "a" },
  { id: "mind-reading", name: "Mind reading", summary: "s", example: "e", alternative: "a" },
];

describe("thinking-trap names", () => {
  it("labels picked traps with their names, in the order picked", () => {
    expect(trapNames(["mind-reading", "labeling"], small)).toEqual(["Mind reading", "Labeling"]);
  });

  it("keeps an id the glossary does not know, so no pick disappears", () => {
    expect(trapNames(["labeling", "old-trap"], small)).toEqual(["Labeling", "old-trap"]);
    expect(trapNames([], small)).toEqual([]);
  });

  it("knows which ids are in the glossary", () => {
    expect(isKnownTrap("labeling", small)).toBe(true);
    expect(isKnownTrap("old-trap", small)).toBe(false);
    expect(isKnownTrap("Labeling", small)).toBe(false);
  });
});

describe("the glossary in content/distortions.json", () => {
  it("has unique ids with every field filled in", () => {
    expect(glossary.length).toBeGreaterThan(0);
    expect(new Set(glossary.map((d) => d.id)).size).toBe(glossary.length);
    for (const d of glossary) {
      for (const f of ["id", "name", "summary", "example", "alternative"] as const) {
        expect(typeof d[f] === "string" && d[f].trim() !== "", `${d.id}.${f}`).toBe(true);
      }
    }
  });

  it("fits the stored shape: every id can be saved, and all of them fit in one record", () => {
    expect(glossary.length).toBeLessThanOrEqual(TRAPS_MAX);
    const record = {
      id: "r",
      createdAt: "2024-05-01T09:00:00.000Z",
      updatedAt: "2024-05-01T09:00:00.000Z",
      kind: "record",
      when: "2024-05-01T09:00:00.000Z",
      situation: "",
      emotions: [],
      automaticThought: "A thought",
      traps: glossary.map((d) => d.id),
      evidenceFor: "",
      evidenceAgainst: "",
      balancedThought: "",
      step: 3,
    };
    expect(v.safeParse(recordSchema, record).success).toBe(true);
  });

  it("names every trap it stores", () => {
    const ids = glossary.map((d) => d.id);
    expect(trapNames(ids, glossary)).toEqual(glossary.map((d) => d.name));
    expect(ids).toContain("all-or-nothing");
    expect(ids).toContain("should-statements");
  });
});
