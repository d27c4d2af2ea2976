import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  cleanTestStorage,
  getTestStorage,
  setTestStorageKey,
  useTestStorageEngine,
} from "@nanostores/persistent";
import { useEngine } from "../../src/stores/engine";
import { $quarantined, createWorksheetStore } from "../../src/stores/worksheet-store";
import { clearStore, mergeInto, replaceAll } from "../../src/stores/bulk";
import { listQuarantined } from "../../src/stores/quarantine";
import { makeNotesCodec } from "../support/notes-codec";

// Each test gets its own worksheet, so stores from earlier tests (nanostores
// keeps them mounted for a moment) never hear this test's storage events.
let n = 0;
let notesCodec = makeNotesCodec();
let KEY = "";

let tick = 0;
// A clock that moves forward a second per call, so updatedAt always increases.
const clock = () => new Date(Date.UTC(2026, 10, 26, 9, 0, tick++));

// Stores from earlier tests must stop listening, as a closed tab would.
const unsubscribers: (() => void)[] = [];
const open = (...stores: { $value: { listen(cb: () => void): () => void } }[]) =>
  stores.forEach((s) => unsubscribers.push(s.$value.listen(() => {})));

beforeEach(() => {
  notesCodec = makeNotesCodec(`notes${++n}`);
  KEY = `goodenough:notes${n}`;
  unsubscribers.splice(0).forEach((u) => u());
  useTestStorageEngine();
  useEngine(getTestStorage());
  $quarantined.set([]);
});
afterEach(() => cleanTestStorage());

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("a worksheet store", () => {
  it("saves a created record under goodenough:<worksheet> and reads it back in a new store", () => {
    const a = createWorksheetStore(notesCodec, clock);
    a.create({ kind: "note", body: "hello" });
    expect(Object.keys(getTestStorage())).toEqual([KEY]);
    const b = createWorksheetStore(notesCodec, clock);
    expect(b.$records.get().map((r) => r.body)).toEqual(["hello"]);
  });

  it("updates a record and moves its updatedAt forward", () => {
    const s = createWorksheetStore(notesCodec, clock);
    const rec = s.create({ kind: "note", body: "draft" });
    const updated = s.update(rec.id, { body: "final" });
    expect(updated?.body).toBe("final");
    expect(updated!.updatedAt > rec.updatedAt).toBe(true);
    expect(s.$records.get()).toEqual([updated]);
  });

  it("deletes a record by keeping a tombstone without its content", () => {
    const s = createWorksheetStore(notesCodec, clock);
    const rec = s.create({ kind: "note", body: "private" });
    s.remove(rec.id);
    expect(s.$records.get()).toEqual([]);
    expect(getTestStorage()[KEY]).not.toContain("private");
    expect(s.$value.get().records).toEqual([
      expect.objectContaining({ id: rec.id, deleted: true }),
    ]);
  });

  it("sets aside an unreadable value instead of dropping it, and starts empty", () => {
    setTestStorageKey(KEY, "{garbage");
    const s = createWorksheetStore(notesCodec, clock);
    expect(s.$records.get()).toEqual([]);
    const copies = listQuarantined();
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ worksheet: `notes${n}`, raw: "{garbage" });
    expect(getTestStorage()[KEY] ?? "").not.toContain("garbage");
    expect($quarantined.get()).toEqual([expect.objectContaining({ worksheet: `notes${n}` })]);
  });

  it("leaves other worksheets alone when one is unreadable", () => {
    setTestStorageKey(KEY, "{garbage");
    setTestStorageKey("goodenough:other", '{"version":2,"records":[]}');
    createWorksheetStore(notesCodec, clock);
    expect(getTestStorage()["goodenough:other"]).toBe('{"version":2,"records":[]}');
  });

  it("sets aside a value from a newer version of the site rather than losing it", () => {
    setTestStorageKey(KEY, '{"version":9,"records":[]}');
    createWorksheetStore(notesCodec, clock);
    expect(listQuarantined().map((q) => q.raw)).toEqual(['{"version":9,"records":[]}']);
  });
});

describe("two tabs", () => {
  it("end with both records when each adds one", async () => {
    const tabA = createWorksheetStore(notesCodec, clock);
    const tabB = createWorksheetStore(notesCodec, clock);
    open(tabA, tabB);
    tabA.create({ kind: "note", body: "from A" });
    tabB.create({ kind: "note", body: "from B" });
    setTestStorageKey(KEY, getTestStorage()[KEY]);
    await flush();
    for (const tab of [tabA, tabB])
      expect(
        tab.$records
          .get()
          .map((r) => r.body)
          .sort(),
      ).toEqual(["from A", "from B"]);
  });

  it("converge even when a write raced past the other tab unseen", async () => {
    const tabA = createWorksheetStore(notesCodec, clock);
    const tabB = createWorksheetStore(notesCodec, clock);
    open(tabA, tabB);
    tabA.create({ kind: "note", body: "from A" });
    // Tab B's process had not yet seen A's write when it wrote its own.
    delete getTestStorage()[KEY];
    tabB.create({ kind: "note", body: "from B" });
    // Now the storage events arrive: A hears of B's value, merges, and writes back.
    setTestStorageKey(KEY, getTestStorage()[KEY]);
    await flush();
    setTestStorageKey(KEY, getTestStorage()[KEY]);
    await flush();
    for (const tab of [tabA, tabB])
      expect(
        tab.$records
          .get()
          .map((r) => r.body)
          .sort(),
      ).toEqual(["from A", "from B"]);
    expect(getTestStorage()[KEY]).toContain("from A");
  });

  it("keep a deletion made in one tab", async () => {
    const tabA = createWorksheetStore(notesCodec, clock);
    const tabB = createWorksheetStore(notesCodec, clock);
    open(tabA, tabB);
    const rec = tabA.create({ kind: "note", body: "gone soon" });
    setTestStorageKey(KEY, getTestStorage()[KEY]);
    await flush();
    tabB.remove(rec.id);
    setTestStorageKey(KEY, getTestStorage()[KEY]);
    await flush();
    expect(tabA.$records.get()).toEqual([]);
    expect(tabB.$records.get()).toEqual([]);
  });
});

describe("importing into a store", () => {
  it("merges by id, adding new records and keeping newer local edits", () => {
    const s = createWorksheetStore(notesCodec, clock);
    const mine = s.create({ kind: "note", body: "mine" });
    const edited = s.update(mine.id, { body: "mine, edited" })!;
    mergeInto(s, {
      version: 2,
      records: [
        { ...mine, body: "older copy" },
        {
          id: "n2",
          kind: "note" as const,
          body: "imported",
          createdAt: mine.createdAt,
          updatedAt: mine.createdAt,
        },
      ],
    });
    expect(
      s.$records
        .get()
        .map((r) => r.body)
        .sort(),
    ).toEqual(["imported", edited.body].sort());
  });

  it("replaces so that only the file's records remain, even for an older copy", () => {
    const s = createWorksheetStore(notesCodec, clock);
    const mine = s.create({ kind: "note", body: "mine" });
    s.update(mine.id, { body: "newer local" });
    s.create({ kind: "note", body: "not in file" });
    replaceAll(s, { version: 2, records: [{ ...mine, body: "from file" }] });
    expect(s.$records.get().map((r) => r.body)).toEqual(["from file"]);
  });

  it("clears everything for the worksheet", () => {
    const s = createWorksheetStore(notesCodec, clock);
    s.create({ kind: "note", body: "x" });
    clearStore(s);
    expect(s.$records.get()).toEqual([]);
    expect(getTestStorage()[KEY]).toBeUndefined();
  });
});
