import { beforeEach, describe, expect, it } from "vitest";
import { freshLoad } from "../../../support/fresh-load";

// Each load is a fresh page; { keepStorage: true } is a reload.
const load = freshLoad(async () => {
  const store = await import("../../../../src/worksheets/self-screen/store");
  const progress = await import("../../../../src/worksheets/self-screen/progress-store");
  const { instrument } = await import("../../../../src/worksheets/self-screen/instrument");
  const actions = await import("../../../../src/worksheets/self-screen/actions");
  return { ...store, ...progress, ...actions, instrument };
});

describe("the self-screen store", () => {
  let s: Awaited<ReturnType<typeof load>>;
  beforeEach(async () => {
    s = await load();
  });

  it("saves answers as they are given, so a reload can continue", async () => {
    s.startScreen(s.instrument, new Date("2026-11-26T10:00:00Z"));
    const [first, second] = s.instrument.items;
    s.saveAnswer(first!.id, 3, 1);
    s.saveAnswer(second!.id, 1, 2);
    const reloaded = await load({ keepStorage: true });
    expect(reloaded.$progress.get()).toMatchObject({
      step: 2,
      answers: { [first!.id]: 3, [second!.id]: 1 },
    });
    const key = [...load.backing().data.keys()].find((k) =>
      k.startsWith("goodenough:self-screen/"),
    );
    expect(JSON.parse(load.backing().data.get(key!)!).version).toBe(2);
  });

  it("clears a skipped answer instead of keeping an old one", () => {
    s.startScreen(s.instrument);
    const item = s.instrument.items[0]!;
    s.saveAnswer(item.id, 4, 1);
    s.saveAnswer(item.id, null, 1);
    expect(s.$progress.get()?.answers).toEqual({});
  });

  it("saves a finished screen as a dated result with the instrument's id and version, and clears progress", () => {
    s.startScreen(s.instrument);
    s.instrument.items.forEach((item, i) => s.saveAnswer(item.id, 4, i + 1));
    const id = s.finishScreen(s.instrument, new Date("2026-11-26T10:05:00Z"));
    expect(s.$progress.get()).toBeUndefined();
    const [result] = s.$results.get();
    expect(result).toMatchObject({
      id,
      instrumentId: s.instrument.id,
      instrumentVersion: s.instrument.version,
      completedAt: "2026-11-26T10:05:00.000Z",
    });
    // Reverse-keyed items answered 4 score 0, so a domain holding one scores below the maximum.
    const reversed = new Set(s.instrument.items.filter((i) => i.reverse).map((i) => i.domain));
    for (const d of result!.domains) expect(d.score === 4).toBe(!reversed.has(d.id));
  });

  it("saves nothing from one answer of 21 unless the person chose to finish anyway", () => {
    s.startScreen(s.instrument);
    s.saveAnswer(s.instrument.items[0]!.id, 3, 1);
    expect(s.finishScreen(s.instrument)).toBeNull();
    expect(s.$results.get()).toEqual([]);
    expect(s.$progress.get()?.answers).toEqual({ [s.instrument.items[0]!.id]: 3 });
    const id = s.finishScreen(s.instrument, new Date(), true);
    expect(s.$results.get().map((r) => r.id)).toEqual([id]);
  });

  it("does not resume an unfinished screen made with another instrument version", () => {
    s.startScreen({ ...s.instrument, version: s.instrument.version + 1 });
    expect(s.progressFits(s.$progress.get(), s.instrument)).toBe(false);
    expect(s.finishScreen(s.instrument)).toBeNull();
  });

  it("starting again replaces the unfinished screen", () => {
    s.startScreen(s.instrument);
    s.saveAnswer(s.instrument.items[0]!.id, 2, 1);
    s.startScreen(s.instrument);
    expect(s.$progress.get()).toMatchObject({ step: 0, answers: {} });
  });

  it("lists results newest first and deletes one", () => {
    for (const day of ["2026-11-01", "2026-11-20"]) {
      s.startScreen(s.instrument);
      s.saveAnswer(s.instrument.items[0]!.id, 2, 1);
      s.finishScreen(s.instrument, new Date(`${day}T09:00:00Z`), true);
    }
    const results = s.$results.get();
    expect(results.map((r) => r.completedAt.slice(0, 10))).toEqual(["2026-11-20", "2026-11-01"]);
    const undo = s.deleteResult(results[0]!.id);
    expect(s.$results.get().map((r) => r.completedAt.slice(0, 10))).toEqual(["2026-11-01"]);
    expect(undo()).toBe(true);
    expect(s.$results.get()).toHaveLength(2);
  });
});
