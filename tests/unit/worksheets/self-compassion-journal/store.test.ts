import { beforeEach, describe, expect, it } from "vitest";
import { freshLoad } from "../../../support/fresh-load";
import { emptyEntry } from "../../../../src/worksheets/self-compassion-journal/journal";

// Each load is a fresh page; { keepStorage: true } is a reload.
const load = freshLoad(async () => {
  const store = await import("../../../../src/worksheets/self-compassion-journal/store");
  return {
    ...store,
    ...(await import("../../../../src/worksheets/self-compassion-journal/actions")),
  };
});

const fields = (whatHappened: string) => ({ ...emptyEntry("2026-05-02"), whatHappened });

describe("the journal's actions", () => {
  let s: Awaited<ReturnType<typeof load>>;
  beforeEach(async () => {
    s = await load();
  });

  it("saves a new entry, then an edit of it, and both survive a reload", async () => {
    const made = s.saveEntry(undefined, fields("A hard meeting"));
    const edited = s.saveEntry(made.id, fields("A hard meeting, then a walk"));
    expect(edited.id).toBe(made.id);
    const after = (await load({ keepStorage: true })).selfCompassionJournal.$records.get();
    expect(after).toEqual([
      expect.objectContaining({ id: made.id, whatHappened: "A hard meeting, then a walk" }),
    ]);
  });

  it("keeps an edit as a new entry when the entry was deleted meanwhile", () => {
    const made = s.saveEntry(undefined, fields("A hard meeting"));
    s.deleteEntry(made.id);
    const saved = s.saveEntry(made.id, fields("Still worth writing"));
    expect(saved.id).not.toBe(made.id);
    expect(s.selfCompassionJournal.$records.get().map((r) => r.whatHappened)).toEqual([
      "Still worth writing",
    ]);
  });
});
