import { describe, expect, it } from "vitest";
import {
  cycleRows,
  draftFromEntry,
  emptyDraft,
  fieldsFromDraft,
  sameDraft,
  sortNewest,
  validateCycle,
  workedOn,
} from "../../../../src/worksheets/my-cycle/cycle";
import { firstPart, PARTS } from "../../../../src/worksheets/my-cycle/parts";
import { worksheets } from "../../../../src/worksheets/registry";
import type { CycleEntry } from "../../../../src/worksheets/my-cycle/schema";
import { layoutCycle } from "../../../../src/lib/cycle-diagram";
import { words } from "../../../../src/engine/core/words";
import en from "../../../../src/worksheets/my-cycle/words/en.json";

const w = words(en);
const entry = (id: string, day: string, createdAt: string, more: Partial<CycleEntry> = {}) =>
  ({
    ...emptyDraft(day),
    id,
    kind: "cycle",
    createdAt,
    updatedAt: createdAt,
    ...more,
  }) as CycleEntry;

describe("checking a cycle before it is saved", () => {
  it("asks for something in at least one part, and a real day", () => {
    const errors = validateCycle({ ...emptyDraft("2026-02-30") }, w);
    expect(errors.entry).toBe(en.emptyCycle);
    expect(errors.day).toBe(en.dayNeeded);
    expect(validateCycle({ ...emptyDraft("2026-11-02"), costs: "Sleep" }, w)).toEqual({});
  });

  it("accepts empty parts when the cycle keeps a therapist's note", () => {
    expect(validateCycle(emptyDraft("2026-11-02"), w, "Fill it in together")).toEqual({});
  });

  it("says how far a part is over the limit, and cuts nothing", () => {
    const errors = validateCycle({ ...emptyDraft("2026-11-02"), met: "x".repeat(2003) }, w);
    expect(errors.met).toMatch(/3 characters over the 2,000 limit/);
  });
});

describe("a cycle's words, from the form to the store and back", () => {
  it("trims each part and keeps the therapist's note and homework id", () => {
    const draft = { ...emptyDraft(" 2026-11-02 "), worth: "  Top marks \n" };
    const fields = fieldsFromDraft(draft, { note: "From Dr. Rivera: hi", homeworkId: "hw1" });
    expect(fields).toMatchObject({
      day: "2026-11-02",
      worth: "Top marks",
      note: "From Dr. Rivera: hi",
      homeworkId: "hw1",
    });
    const back = draftFromEntry(entry("a", "2026-11-02", "2026-11-02T10:00:00.000Z", fields));
    expect(sameDraft(back, { ...emptyDraft("2026-11-02"), worth: "Top marks" })).toBe(true);
    expect(sameDraft(back, emptyDraft("2026-11-02"))).toBe(false);
  });

  it("previews a cycle by its first part written", () => {
    expect(firstPart({ ...emptyDraft("2026-11-02"), checking: " Rereading " })).toBe("Rereading");
    expect(firstPart(emptyDraft("2026-11-02"))).toBe("");
  });
});

describe("the list of cycles", () => {
  it("puts the newest day first, and on the same day the one made last", () => {
    const list = [
      entry("old", "2026-10-01", "2026-10-01T10:00:00.000Z"),
      entry("early", "2026-11-02", "2026-11-02T08:00:00.000Z"),
      entry("late", "2026-11-02", "2026-11-02T21:00:00.000Z"),
    ];
    expect(sortNewest(list).map((e) => e.id)).toEqual(["late", "early", "old"]);
  });
});

describe("the drawing of someone's cycle", () => {
  const { rows, aside } = cycleRows(
    (p) => w(`${p}Box`),
    (p) => p,
  );
  const layout = layoutCycle(rows, { maxLines: 4, aside });

  it("draws a box for each of the six parts, in the cycle's order, costs last and outside the loop", () => {
    expect(layout.boxes.map((b) => b.lines.slice(b.head).join(" "))).toEqual([
      "worth",
      "standards",
      "checking",
      "met",
      "missed",
      "costs",
    ]);
    expect(layout.boxes.map((b) => !!b.aside)).toEqual([false, false, false, false, false, true]);
  });

  it("loops back from a met standard to the standards, and from a missed one to self-worth", () => {
    const [worth, standards, , met, missed] = layout.boxes;
    const loops = layout.arrows.slice(-2);
    // The missed box loops up the right to the top box; the met box up the left to the standards.
    expect(loops[0]!.line).toContain(
      `M${missed!.x + missed!.width} ${missed!.y + missed!.height / 2}`,
    );
    expect(loops[0]!.head).toContain(`${worth!.x + worth!.width},${worth!.y + worth!.height / 2}`);
    expect(loops[1]!.line).toContain(`M${met!.x} ${met!.y + met!.height / 2}`);
    expect(loops[1]!.head).toContain(`${standards!.x},${standards!.y + standards!.height / 2}`);
  });
});

describe("which worksheet each part links to", () => {
  it("takes the first the registry lists, and leaves a part without one unlinked", () => {
    const has = (s: string) => ["thought-record", "goal-planner", "exposure-ladder"].includes(s);
    expect(workedOn(has)).toEqual({
      worth: "thought-record",
      standards: "goal-planner",
      checking: "exposure-ladder",
      met: "goal-planner",
    });
  });

  it("links every part to a worksheet the site has (content/my-cycle-links.json)", () => {
    const linked = workedOn((s) => worksheets.some((w) => w.slug === s));
    expect(Object.keys(linked).sort()).toEqual([...PARTS].sort());
  });

  it("prefers the self-worth pie for self-worth once it exists", () => {
    expect(workedOn((s) => s === "self-worth-pie" || s === "thought-record").worth).toBe(
      "self-worth-pie",
    );
  });
});
