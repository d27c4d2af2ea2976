import { describe, expect, it } from "vitest";
import { words } from "../../src/engine/core/words";
import type { RecordMeta, StoredValue } from "../../src/engine/storage/record";
import { worksheets } from "../../src/worksheets/registry";
import { describe as ladders } from "../../src/worksheets/exposure-ladder/my-data";
import ladderWords from "../../src/worksheets/exposure-ladder/words/my-data.en.json";
import { describe as plans } from "../../src/worksheets/relapse-prevention-plan/my-data";
import planWords from "../../src/worksheets/relapse-prevention-plan/words/my-data.en.json";
import { describe as assignments } from "../../src/engine/homework/my-data";
import homeworkWords from "../../src/engine/homework/words/my-data.en.json";

const at = "2026-11-20T10:00:00.000Z";
/** A stored value of these records; `never` so it passes for any worksheet's. */
const value = (records: object[]) =>
  ({
    version: 2,
    records: records.map((r, i) => ({ id: `r${i}`, createdAt: at, updatedAt: at, ...r })),
  }) as StoredValue<RecordMeta> as never;
const files = import.meta.glob<Record<string, unknown>>(
  "../../src/worksheets/*/words/my-data.en.json",
  { eager: true, import: "default" },
);

describe("what My data says a worksheet holds", () => {
  it("has a words file with a count for every worksheet in the registry", () => {
    for (const w of worksheets)
      expect(files[`../../src/worksheets/${w.slug}/words/my-data.en.json`], w.slug).toHaveProperty(
        "count",
      );
  });

  it("counts a ladder's steps and practices, leaving deleted ones out", () => {
    const say = words(ladderWords);
    const held = value([
      { kind: "ladder" },
      { kind: "step" },
      { kind: "step", deleted: true },
      { kind: "practice" },
    ]);
    expect(ladders(held, say)).toBe("1 exposure ladder (1 step, 1 practice)");
  });

  it("counts written plan sections and contacts, and homework assignments", () => {
    const plan = value([
      { kind: "section", text: "Early signs" },
      { kind: "section", text: "  " },
      { kind: "contact", name: "Sam" },
    ]);
    expect(plans(plan, words(planWords))).toBe("1 plan section written, 1 contact");
    expect(assignments(value([]), words(homeworkWords))).toBe("0 homework assignments");
  });
});
