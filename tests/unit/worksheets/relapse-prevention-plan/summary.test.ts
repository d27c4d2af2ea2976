import { describe, expect, it } from "vitest";
import { relapsePreventionPlanEntries as entriesWith } from "../../../../src/worksheets/relapse-prevention-plan/summary";
import { TITLES } from "../../../../src/worksheets/relapse-prevention-plan/titles";
import type { RelapsePlanRecord } from "../../../../src/worksheets/relapse-prevention-plan/schema";

const relapsePreventionPlanEntries = (records: RelapsePlanRecord[]) =>
  entriesWith(records, TITLES, "My relapse-prevention plan", "en-US");

const t = "2026-11-20T10:00:00.000Z";
const base = { createdAt: t, updatedAt: t };

describe("the plan in a session summary", () => {
  it("is one entry with each part that has something in it, in page order", () => {
    const records: RelapsePlanRecord[] = [
      { ...base, id: "review", kind: "review", reviewDate: "2027-01-15" },
      { ...base, id: "after-lapse", kind: "section", text: "  A slip is not a fall.  " },
      {
        ...base,
        id: "c1",
        kind: "contact",
        name: "Sam",
        relationship: "sister",
        phone: "555 1234",
      },
      { ...base, id: "protecting", kind: "section", text: "Evenings with my family" },
      { ...base, id: "coping", kind: "section", text: "   " },
      { ...base, id: "c2", kind: "contact", name: "Dr. Lee", note: "Weekdays" },
    ];
    const [entry, ...rest] = relapsePreventionPlanEntries(records);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      key: "relapse-prevention-plan:plan",
      worksheet: "relapse-prevention-plan",
      title: "My relapse-prevention plan",
    });
    expect(entry!.lines).toEqual([
      ["What I'm protecting", "Evenings with my family"],
      ["Who I can contact", "Sam (sister)\nDr. Lee"],
      ["What to do after a lapse", "A slip is not a fall."],
      ["When I will review this plan", "Jan 15, 2027"],
    ]);
    expect(entry!.recordIds).toEqual(records.map((r) => r.id));
  });

  it("leaves out contacts' numbers and notes", () => {
    const [entry] = relapsePreventionPlanEntries([
      { ...base, id: "c1", kind: "contact", name: "Sam", phone: "555 1234", note: "Call after 6" },
    ]);
    expect(JSON.stringify(entry!.lines)).not.toMatch(/555|after 6/);
  });

  it("is dated by the plan's latest change, as a local day", () => {
    const later = new Date(2026, 11, 3, 23, 30).toISOString();
    const [entry] = relapsePreventionPlanEntries([
      { ...base, id: "protecting", kind: "section", text: "Sleep" },
      { ...base, updatedAt: later, id: "coping", kind: "section", text: "Timer" },
    ]);
    expect(entry!.day).toBe("2026-12-03");
  });

  it("is left out while nothing has been written", () => {
    expect(relapsePreventionPlanEntries([])).toEqual([]);
    expect(
      relapsePreventionPlanEntries([{ ...base, id: "learned", kind: "section", text: " \n " }]),
    ).toEqual([]);
  });
});
