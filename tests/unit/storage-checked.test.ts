import { beforeEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { $storageHealth } from "../../src/engine/storage/engine";
import { $quarantined, createWorksheetStore } from "../../src/engine/storage/worksheet-store";
import { hashText, sameJson } from "../../src/engine/storage/checked";
import { listQuarantined } from "../../src/engine/storage/quarantine";
import { makeNotesCodec } from "../support/notes-codec";
import { sharedStorage } from "../support/tabs";

let n = 0;
let WS = "";
let codec = makeNotesCodec();
let storage = sharedStorage();
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 26, 9, 0, tick++));
const month = () => `goodenough:${WS}/2026-11`;
const marks = () => storage.data.get(`goodenough:checked:${WS}`);
const canonical = (body: string) =>
  JSON.stringify({
    version: 2,
    records: [
      {
        id: "a",
        createdAt: "2026-11-01T10:00:00.000Z",
        updatedAt: "2026-11-01T10:00:00.000Z",
        kind: "note",
        body,
      },
    ],
  });

beforeEach(() => {
  WS = `checked${++n}`;
  codec = makeNotesCodec(WS);
  storage = sharedStorage();
  storage.tab();
  $quarantined.set([]);
  $storageHealth.set("ok");
});

describe("months already checked", () => {
  it("reads a month it saved without losing anything", () => {
    const a = createWorksheetStore(codec, clock);
    a.createMany([
      { kind: "note", body: "one" },
      { kind: "note", body: "two" },
    ]);
    expect(marks()).toContain("2026-11");
    const b = createWorksheetStore(codec, clock);
    expect(b.$records.get()).toEqual(a.$records.get());
  });

  it("never shows a record changed by hand after it was checked: the month is checked again and set aside", () => {
    createWorksheetStore(codec, clock).create({ kind: "note", body: "fine" });
    // Same length, wrong kind: only checking it again can tell.
    storage.data.set(month(), storage.data.get(month())!.replace('"note"', '"nope"'));
    const again = createWorksheetStore(codec, clock);
    expect(again.$records.get()).toEqual([]);
    expect(listQuarantined()).toHaveLength(1);
  });

  it("marks a month written elsewhere once it passes, and still catches a later change to it", () => {
    storage.data.set(month(), canonical("hello"));
    expect(
      createWorksheetStore(codec, clock)
        .$records.get()
        .map((r) => r.body),
    ).toEqual(["hello"]);
    expect(marks()).toContain("2026-11");
    storage.data.set(month(), canonical("x".repeat(2001)));
    expect(createWorksheetStore(codec, clock).$records.get()).toEqual([]);
    expect($quarantined.get()).toEqual([expect.objectContaining({ dropped: 1 })]);
  });

  it("does not mark a month holding fields the checks leave out, so they never reach the page", () => {
    const withExtra = canonical("hello").replace('"body"', '"extra":"sneaky","body"');
    storage.data.set(month(), withExtra);
    for (let i = 0; i < 2; i++) {
      const [r] = createWorksheetStore(codec, clock).$records.get();
      expect(r).not.toHaveProperty("extra");
    }
    expect(marks() ?? "").not.toContain("2026-11");
  });

  it("ignores marks made for another version of the stored shape", () => {
    storage.data.set(month(), canonical("x".repeat(2001)));
    storage.data.set(
      `goodenough:checked:${WS}`,
      JSON.stringify({ version: 1, months: { "2026-11": hashText(canonical("x".repeat(2001))) } }),
    );
    expect(createWorksheetStore(codec, clock).$records.get()).toEqual([]);
  });

  it("never says storage is full because a mark could not be saved", () => {
    const raw = canonical("hello");
    storage = sharedStorage({ quota: month().length + raw.length + 10 });
    storage.tab();
    storage.data.set(month(), raw);
    const s = createWorksheetStore(codec, clock);
    expect(s.$records.get().map((r) => r.body)).toEqual(["hello"]);
    expect(marks()).toBeUndefined();
    expect($storageHealth.get()).toBe("ok");
  });

  it("forgets its marks when the worksheet is cleared", () => {
    const s = createWorksheetStore(codec, clock);
    s.create({ kind: "note", body: "gone soon" });
    s.clear();
    expect(marks()).toBeUndefined();
  });
});

describe("the helpers", () => {
  it("hash two different texts differently", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(hashText(a)).not.toBe(hashText(b));
      }),
    );
  });

  it("compare JSON values whatever the order of their keys", () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });
});
