import { beforeEach, describe, expect, it } from "vitest";
import { freshLoad } from "../../../support/fresh-load";

// Each load is a fresh page; { keepStorage: true } is a reload.
const load = freshLoad(async () => {
  const store = await import("../../../../src/worksheets/exposure-ladder/store");
  return { ...store, ...(await import("../../../../src/worksheets/exposure-ladder/actions")) };
});

describe("the exposure ladder's actions", () => {
  let s: Awaited<ReturnType<typeof load>>;
  beforeEach(async () => {
    s = await load();
  });

  it("deletes a ladder with its steps and their practices, and nothing else", async () => {
    const ladder = s.addLadder({ theme: "Mistakes" });
    const other = s.addLadder({ theme: "Emails" });
    const step = s.addStep(ladder.id, { description: "Send a typo", expectedSuds: 30 });
    const kept = s.addStep(other.id, { description: "Send it once read", expectedSuds: 20 });
    s.logPractice(step.id, { day: "2026-05-02", peak: 40 });
    const practice = s.logPractice(kept.id, { day: "2026-05-03" });
    s.deleteItem(ladder.id);
    const left = (await load({ keepStorage: true })).exposureLadder.$records.get();
    expect(left.map((r) => r.id).sort()).toEqual([other.id, kept.id, practice.id].sort());
  });

  it("stamps a step mastered, and clears the stamp when it is unticked", () => {
    const ladder = s.addLadder({ theme: "Mistakes" });
    const step = s.addStep(ladder.id, { description: "Send a typo", expectedSuds: 30 });
    expect(step.mastered).toBe(false);
    s.setMastered(step.id, true);
    const on = s.exposureLadder.$records.get().find((r) => r.id === step.id);
    expect(on).toMatchObject({ mastered: true, masteredAt: expect.stringMatching(/^\d{4}-/) });
    s.setMastered(step.id, false);
    const off = s.exposureLadder.$records.get().find((r) => r.id === step.id);
    expect(off).toMatchObject({ mastered: false });
    expect(off).not.toHaveProperty("masteredAt");
  });

  it("keeps an edit as a new step when the step was deleted meanwhile", () => {
    const ladder = s.addLadder({ theme: "Mistakes" });
    const step = s.addStep(ladder.id, { description: "Send a typo", expectedSuds: 30 });
    s.deleteItem(step.id);
    const saved = s.saveStep(step.id, ladder.id, {
      description: "Send two typos",
      expectedSuds: 40,
    });
    expect(saved.id).not.toBe(step.id);
    expect(s.exposureLadder.$records.get()).toEqual([
      expect.objectContaining({ kind: "ladder" }),
      expect.objectContaining({ kind: "step", ladderId: ladder.id, description: "Send two typos" }),
    ]);
  });
});
