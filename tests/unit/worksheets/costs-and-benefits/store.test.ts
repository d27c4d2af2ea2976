import { beforeEach, describe, expect, it } from "vitest";
import { freshLoad } from "../../../support/fresh-load";
import { emptyEntry } from "../../../../src/worksheets/costs-and-benefits/entry";

// Each load is a fresh page; { keepStorage: true } is a reload.
const load = freshLoad(async () => ({
  ...(await import("../../../../src/worksheets/costs-and-benefits/store")),
  ...(await import("../../../../src/worksheets/costs-and-benefits/actions")),
}));

const fields = (topic: string) => ({ ...emptyEntry("2026-12-01"), topic });

describe("the costs and benefits actions", () => {
  let s: Awaited<ReturnType<typeof load>>;
  beforeEach(async () => {
    s = await load();
  });

  it("saves a new entry, then an edit of it, and both survive a reload", async () => {
    const made = s.saveEntry(undefined, fields("Work"));
    const edited = s.saveEntry(made.id, fields("My standards at work"));
    expect(edited.id).toBe(made.id);
    const after = (await load({ keepStorage: true })).costsAndBenefits.$records.get();
    expect(after).toEqual([
      expect.objectContaining({ id: made.id, topic: "My standards at work" }),
    ]);
  });

  it("deletes an entry, and Undo brings it back as it was", () => {
    const made = s.saveEntry(undefined, fields("Work"));
    const undo = s.deleteEntry(made.id);
    expect(s.costsAndBenefits.$records.get()).toEqual([]);
    expect(undo()).toBe(true);
    expect(s.costsAndBenefits.$records.get()).toEqual([
      expect.objectContaining({ id: made.id, topic: "Work" }),
    ]);
  });
});
