import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  clampFuture,
  compact,
  isTombstone,
  mergeRecords,
  pruneBefore,
  type Stored,
} from "../../src/engine/storage/merge";
import type { Note } from "../support/notes-codec";

// Few ids and few times, so that generated lists collide on both often.
const id = fc.constantFrom("a", "b", "c", "d", "e");
const time = fc
  .integer({ min: 0, max: 40 })
  .map((d) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000 * 10).toISOString());
const record: fc.Arbitrary<Stored<Note>> = fc
  .record({
    id,
    created: time,
    later: fc.nat({ max: 5 }),
    deleted: fc.boolean(),
    body: fc.string({ maxLength: 3 }),
  })
  .map(({ id, created, later, deleted, body }) => {
    const updatedAt = new Date(Date.parse(created) + later * 86_400_000).toISOString();
    return deleted
      ? { id, createdAt: created, updatedAt, deleted: true as const }
      : { id, kind: "note" as const, body, createdAt: created, updatedAt };
  });
const list = fc.array(record, { maxLength: 8 });

/** What a list means: each id's winning copy. Merge must not depend on how it got there. */
const meaning = (records: Stored<Note>[]) => JSON.stringify(mergeRecords(records, []));

describe("property: merging record lists", () => {
  it("is commutative: either tab's order gives the same list", () => {
    fc.assert(
      fc.property(list, list, (a, b) => {
        expect(meaning(mergeRecords(a, b))).toBe(meaning(mergeRecords(b, a)));
      }),
    );
  });

  it("is associative: three tabs converge however their changes meet", () => {
    fc.assert(
      fc.property(list, list, list, (a, b, c) => {
        expect(meaning(mergeRecords(mergeRecords(a, b), c))).toBe(
          meaning(mergeRecords(a, mergeRecords(b, c))),
        );
      }),
    );
  });

  it("is idempotent: hearing the same change twice changes nothing", () => {
    fc.assert(
      fc.property(list, list, (a, b) => {
        const once = mergeRecords(a, b);
        expect(meaning(mergeRecords(once, b))).toBe(meaning(once));
      }),
    );
  });

  it("never loses an id whose newest copy is live", () => {
    fc.assert(
      fc.property(list, list, (a, b) => {
        const merged = mergeRecords(a, b);
        for (const r of [...a, ...b]) {
          const newest = [...a, ...b]
            .filter((x) => x.id === r.id)
            .every(
              (x) => x.updatedAt < r.updatedAt || (x.updatedAt === r.updatedAt && !isTombstone(x)),
            );
          if (newest && !isTombstone(r)) expect(merged.find((m) => m.id === r.id)).toBeDefined();
        }
      }),
    );
  });

  it("never brings back an entry deleted within the horizon after compaction", () => {
    fc.assert(
      fc.property(list, list, time, (mine, theirs, nowIso) => {
        const now = new Date(Date.parse(nowIso) + 400 * 86_400_000);
        const before = pruneBefore(now);
        const compacted = compact(mergeRecords(mine, []), before);
        const merged = mergeRecords(compacted, theirs);
        for (const r of mergeRecords(mine, [])) {
          if (!isTombstone(r) || r.updatedAt < before) continue;
          const winner = merged.find((m) => m.id === r.id)!;
          // A copy from the other side may only win with a newer time: an edit after the delete.
          if (!isTombstone(winner)) expect(winner.updatedAt > r.updatedAt).toBe(true);
        }
      }),
    );
  });
});

describe("times from a clock that ran ahead", () => {
  it("are brought back to now, and the count says how many", () => {
    const now = new Date("2026-12-06T10:00:00.000Z");
    const { records, clamped } = clampFuture(
      [
        {
          id: "a",
          kind: "note",
          body: "",
          createdAt: "2026-12-01T00:00:00.000Z",
          updatedAt: "2099-01-01T00:00:00.000Z",
        },
        {
          id: "b",
          kind: "note",
          body: "",
          createdAt: "2026-12-01T00:00:00.000Z",
          updatedAt: "2026-12-06T10:01:00.000Z",
        },
      ] satisfies Note[],
      now,
    );
    expect(clamped).toBe(1);
    expect(records.map((r) => r.updatedAt)).toEqual([
      now.toISOString(),
      "2026-12-06T10:01:00.000Z",
    ]);
  });
});
