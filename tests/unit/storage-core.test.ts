import * as v from "../../src/engine/core/validate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  recordBase,
  storedValueSchema,
  text,
  type StoredValue,
} from "../../src/engine/storage/record";
import { createCodec } from "../../src/engine/storage/codec";
import { addUpdatedAt } from "../../src/engine/storage/migrations";
import { live, mergeRecords } from "../../src/engine/storage/merge";
import { parseJsonSafely } from "../../src/engine/storage/json";
import { parseQuarantineKey, quarantineKey, storageKey } from "../../src/engine/storage/keys";

// A small worksheet shape for testing the layer itself.
const noteRecord = v.object({ ...recordBase, kind: v.literal("note"), body: text });
type Note = v.InferOutput<typeof noteRecord>;
const codec = createCodec<Note>({
  worksheet: "notes",
  version: 2,
  schema: storedValueSchema(2, noteRecord),
  migrations: { 1: addUpdatedAt },
});

const note = (id: string, updatedAt: string, body = id): Note => ({
  id,
  kind: "note",
  body,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt,
});

describe("storage keys", () => {
  it("names each worksheet's key goodenough:<worksheet>", () => {
    expect(storageKey("self-screen")).toBe("goodenough:self-screen");
  });
  it("names a quarantined copy by worksheet and ISO time, and reads it back", () => {
    const key = quarantineKey("goal-planner", new Date("2026-11-26T10:00:00.000Z"));
    expect(key).toBe("goodenough:quarantine:goal-planner:2026-11-26T10:00:00.000Z");
    expect(parseQuarantineKey(key)).toEqual({
      key,
      worksheet: "goal-planner",
      at: "2026-11-26T10:00:00.000Z",
    });
    expect(parseQuarantineKey("goodenough:goal-planner")).toBeNull();
  });
});

describe("decoding a stored value", () => {
  it("reads a valid current value", () => {
    const value = { version: 2, records: [note("a", "2026-01-02T00:00:00.000Z")] };
    expect(codec.decode(JSON.stringify(value))).toEqual({ ok: true, value });
  });

  it("migrates a version 1 value by copying createdAt into updatedAt", () => {
    const v1 = {
      version: 1,
      records: [{ id: "a", kind: "note", body: "hi", createdAt: "2026-01-01T00:00:00.000Z" }],
    };
    const result = codec.decode(JSON.stringify(v1));
    expect(result.ok && result.value.records[0]).toMatchObject({
      updatedAt: "2026-01-01T00:00:00.000Z",
    });
  });

  it("refuses text that is not JSON, without throwing", () => {
    expect(codec.decode("{not json")).toMatchObject({ ok: false, error: { kind: "not-json" } });
  });

  it("refuses a version newer than the site understands", () => {
    expect(codec.decode('{"version":3,"records":[]}')).toMatchObject({
      ok: false,
      error: { kind: "future-version" },
    });
  });

  it("refuses a field of the wrong type and names it", () => {
    const bad = { version: 2, records: [{ ...note("a", "2026-01-02T00:00:00.000Z"), body: 42 }] };
    const result = codec.decode(JSON.stringify(bad));
    expect(result).toMatchObject({ ok: false, error: { kind: "invalid" } });
    expect(!result.ok && result.error.vars?.field).toContain("records.0");
  });

  it("refuses text over the cap instead of cutting it short", () => {
    const bad = { version: 2, records: [note("a", "2026-01-02T00:00:00.000Z", "x".repeat(2001))] };
    expect(codec.decode(JSON.stringify(bad)).ok).toBe(false);
  });

  it("refuses data with a __proto__ key", () => {
    expect(
      parseJsonSafely('{"version":2,"records":[],"__proto__":{"polluted":true}}'),
    ).toMatchObject({
      ok: false,
      error: { kind: "unsafe-key" },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a __proto__ or constructor key spelled with escapes", () => {
    for (const key of ["\\u005f_proto__", "\\u0063onstructor", "prot\\u006ftype"])
      expect(parseJsonSafely(`{"version":2,"records":[],"${key}":{}}`)).toMatchObject({
        ok: false,
        error: { kind: "unsafe-key" },
      });
  });

  it("reads text that mentions those names in a value, not as a key", () => {
    expect(parseJsonSafely('{"note":"a constructor of __proto__ \\u00e9"}')).toEqual({
      ok: true,
      value: { note: "a constructor of __proto__ é" },
    });
  });

  it("accepts a tombstone in place of a record", () => {
    const value = {
      version: 2,
      records: [
        {
          id: "a",
          createdAt: "2026-01-01T00:00:00.000Z",
          updatedAt: "2026-01-03T00:00:00.000Z",
          deleted: true,
        },
      ],
    };
    expect(codec.decode(JSON.stringify(value)).ok).toBe(true);
  });
});

describe("merging two lists of records", () => {
  it("keeps records that only one side has", () => {
    const merged = mergeRecords(
      [note("a", "2026-01-01T00:00:00.000Z")],
      [note("b", "2026-01-01T00:00:00.000Z")],
    );
    expect(merged.map((r) => r.id)).toEqual(["a", "b"]);
  });

  it("lets the newer updatedAt win, whichever side it is on", () => {
    const old = note("a", "2026-01-01T00:00:00.000Z", "old");
    const fresh = note("a", "2026-01-05T00:00:00.000Z", "new");
    expect(mergeRecords([old], [fresh])[0]).toEqual(fresh);
    expect(mergeRecords([fresh], [old])[0]).toEqual(fresh);
  });

  it("keeps a deletion over an older edit, and an edit made after a deletion", () => {
    const tomb = {
      id: "a",
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-03T00:00:00.000Z",
      deleted: true as const,
    };
    expect(live(mergeRecords<Note>([note("a", "2026-01-02T00:00:00.000Z")], [tomb]))).toEqual([]);
    expect(live(mergeRecords<Note>([tomb], [note("a", "2026-01-04T00:00:00.000Z")]))).toHaveLength(
      1,
    );
  });

  it("lets a deletion win a tie", () => {
    const tomb = {
      id: "a",
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-03T00:00:00.000Z",
      deleted: true as const,
    };
    expect(live(mergeRecords<Note>([tomb], [note("a", "2026-01-03T00:00:00.000Z")]))).toEqual([]);
  });

  it("gives the same result in either order (so two tabs agree)", () => {
    const day = fc
      .integer({ min: 1, max: 28 })
      .map((d) => `2026-02-${String(d).padStart(2, "0")}T00:00:00.000Z`);
    const rec = fc
      .record({ id: fc.constantFrom("a", "b", "c", "d"), updatedAt: day, del: fc.boolean() })
      .map(({ id, updatedAt, del }) =>
        del
          ? { id, createdAt: "2026-01-01T00:00:00.000Z", updatedAt, deleted: true as const }
          : note(id, updatedAt),
      );
    const side = fc.uniqueArray(rec, { selector: (r) => r.id });
    fc.assert(
      fc.property(side, side, (a, b) => {
        const ab = mergeRecords<Note>(a, b);
        const ba = mergeRecords<Note>(b, a);
        // Same ids and winners; only a tie between two identical-time live copies may differ in content.
        expect(ab.map((r) => [r.id, r.updatedAt, "deleted" in r])).toEqual(
          ba.map((r) => [r.id, r.updatedAt, "deleted" in r]),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe("property: decoding never throws and round-trips", () => {
  const isoArb = fc
    .date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2100-01-01T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString());
  const noteArb = fc.record({
    id: fc.uuid(),
    kind: fc.constant("note" as const),
    body: fc.string({ maxLength: 200 }),
    createdAt: isoArb,
    updatedAt: isoArb,
  });
  const valueArb = fc.record({
    version: fc.constant(2),
    records: fc.array(noteArb, { maxLength: 10 }),
  });

  it("decode(encode(x)) gives back x's records, one per id, in creation order", () => {
    fc.assert(
      fc.property(valueArb, (value: StoredValue<Note>) => {
        expect(codec.decode(codec.encode(value))).toEqual({
          ok: true,
          value: { version: 2, records: mergeRecords(value.records, []) },
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("returns a typed error, never an exception, for arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = codec.decode(s);
        if (!r.ok)
          expect(["not-json", "invalid", "future-version", "unsafe-key"]).toContain(r.error.kind);
      }),
      { numRuns: 3000 },
    );
  });

  it("returns a typed error, never an exception, for arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (j) => {
        const r = codec.decode(JSON.stringify(j));
        if (!r.ok)
          expect(["not-json", "invalid", "future-version", "unsafe-key"]).toContain(r.error.kind);
      }),
      { numRuns: 3000 },
    );
  });
});
