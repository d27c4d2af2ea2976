import { beforeEach, describe, expect, it } from "vitest";
import { createSafeEngine, memoryBacking, useEngine } from "../../src/engine/storage/engine";
import { readOnly } from "../../src/engine/my-data/read";

let data = memoryBacking();
beforeEach(() => {
  data = memoryBacking();
  useEngine(createSafeEngine(() => data));
});

const at = (day: string) => `2026-${day}T09:00:00.000Z`;
const note = (id: string, day: string, body = id, updated = day) => ({
  id,
  kind: "note",
  body,
  createdAt: at(day),
  updatedAt: at(updated),
});
const store = (key: string, version: number, records: unknown[]) =>
  data.setItem(`goodenough:${key}`, JSON.stringify({ version, records }));

describe("reading a worksheet's entries for a page that only shows them", () => {
  it("gathers every month and the old single key, keeps the newest copy of each entry, and leaves out deleted ones", () => {
    store("notes/2026-10", 2, [note("a", "10-01"), note("gone", "10-02")]);
    store("notes/2026-11", 2, [note("b", "11-03")]);
    // The old single-key layout still holds a newer copy of "a" and a deletion of "gone".
    store("notes", 2, [
      note("a", "10-01", "edited", "11-05"),
      { id: "gone", createdAt: at("10-02"), updatedAt: at("11-06"), deleted: true },
    ]);
    store("other/2026-11", 2, [note("x", "11-01")]);
    const { records, skipped } = readOnly("notes", 2);
    expect(records.map((r) => [r.id, (r as { body?: string }).body])).toEqual([
      ["a", "edited"],
      ["b", "b"],
    ]);
    expect(skipped).toBe(false);
  });

  it("shows entries saved by an older version as they are", () => {
    store("notes/2026-10", 1, [note("a", "10-01")]);
    expect(readOnly("notes", 2).records.map((r) => r.id)).toEqual(["a"]);
  });

  it("leaves out a newer version, text that is not a stored value, and entries without an id or times, and says so", () => {
    store("notes/2026-09", 2, [note("kept", "09-01")]);
    store("notes/2026-10", 3, [note("future", "10-01")]);
    data.setItem("goodenough:notes/2026-11", "{not json");
    store("notes/2026-12", 2, [{ kind: "note", body: "no id" }]);
    const { records, skipped } = readOnly("notes", 2);
    expect(records.map((r) => r.id)).toEqual(["kept"]);
    expect(skipped).toBe(true);
  });

  it("finds nothing, and nothing skipped, when the worksheet was never used", () => {
    expect(readOnly("notes", 2)).toEqual({ records: [], skipped: false });
  });
});
