import { beforeEach, describe, expect, it } from "vitest";
import { freshLoad } from "../../../support/fresh-load";

// Each load is a fresh page; { keepStorage: true } is a reload.
const load = freshLoad(async () => {
  const store = await import("../../../../src/worksheets/relapse-prevention-plan/store");
  return {
    ...store,
    ...(await import("../../../../src/worksheets/relapse-prevention-plan/actions")),
  };
});

describe("the plan's actions", () => {
  let s: Awaited<ReturnType<typeof load>>;
  beforeEach(async () => {
    s = await load();
  });

  it("keeps one record per section and one review date, however often they are saved", async () => {
    s.saveSection("coping", "Set a timer.");
    s.saveSection("coping", "Set a timer. Check once.");
    s.saveReviewDate("2027-01-15");
    s.saveReviewDate("2027-02-15");
    const after = (await load({ keepStorage: true })).relapsePreventionPlan.$records.get();
    expect(after).toEqual([
      expect.objectContaining({ id: "coping", kind: "section", text: "Set a timer. Check once." }),
      expect.objectContaining({ id: "review", kind: "review", reviewDate: "2027-02-15" }),
    ]);
  });

  it("clears a contact's emptied fields on edit, and keeps an edit of a deleted contact as new", () => {
    const sam = s.saveContact(undefined, { name: "Sam", phone: "555 0100", note: "Evenings" });
    const edited = s.saveContact(sam.id, { name: "Sam", phone: "555 0199" });
    expect(edited).toMatchObject({ id: sam.id, phone: "555 0199" });
    expect(edited.note).toBeUndefined();
    s.deleteContact(sam.id);
    const again = s.saveContact(sam.id, { name: "Sam" });
    expect(again.id).not.toBe(sam.id);
    expect(s.relapsePreventionPlan.$records.get().map((r) => r.id)).toEqual([again.id]);
  });
});
