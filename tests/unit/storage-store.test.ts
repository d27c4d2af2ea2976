import { beforeEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { $storageHealth, checkSaved } from "../../src/engine/storage/engine";
import {
  $quarantined,
  $refused,
  createWorksheetStore,
} from "../../src/engine/storage/worksheet-store";
import { archiveStore, clearStore, mergeInto, replaceAll } from "../../src/engine/my-data/bulk";
import { listQuarantined } from "../../src/engine/storage/quarantine";
import { madeBefore, TOMBSTONE_DAYS } from "../../src/engine/storage/merge";
import { makeNotesCodec, type Note } from "../support/notes-codec";
import { sharedStorage } from "../support/tabs";
import { removeWithUndo } from "../../src/engine/ui/undo";

// Each test gets its own worksheet name and its own storage.
let n = 0;
let codec = makeNotesCodec();
let WS = "";
let storage = sharedStorage();

let tick = 0;
// A clock that moves forward a second per call, starting in late November 2026.
const clock = () => new Date(Date.UTC(2026, 10, 26, 9, 0, tick++));
const flush = () => new Promise((r) => setTimeout(r, 0));
const monthKeys = () => [...storage.data.keys()].filter((k) => k.startsWith(`goodenough:${WS}`));
const note = (body: string) => ({ kind: "note" as const, body });
const stored = (records: unknown[]) => JSON.stringify({ version: 2, records });
const rec = (id: string, at: string, body = id): Note => ({
  id,
  kind: "note",
  body,
  createdAt: at,
  updatedAt: at,
});

beforeEach(() => {
  WS = `notes${++n}`;
  codec = makeNotesCodec(WS);
  storage = sharedStorage();
  storage.tab();
  $quarantined.set([]);
  $refused.set(null);
  $storageHealth.set("ok");
});

describe("a worksheet store", () => {
  it("saves a created record under its month's key and reads it back in a new store", () => {
    const a = createWorksheetStore(codec, clock);
    a.create(note("hello"));
    expect(monthKeys()).toEqual([`goodenough:${WS}/2026-11`]);
    const b = createWorksheetStore(codec, clock);
    expect(b.$records.get().map((r) => r.body)).toEqual(["hello"]);
  });

  it("updates a record and moves its updatedAt forward", () => {
    const s = createWorksheetStore(codec, clock);
    const made = s.create(note("draft"));
    const updated = s.update(made.id, { body: "final" });
    expect(updated?.body).toBe("final");
    expect(updated!.updatedAt > made.updatedAt).toBe(true);
    expect(s.$records.get()).toEqual([updated]);
  });

  it("deletes a record by keeping a tombstone without its content", () => {
    const s = createWorksheetStore(codec, clock);
    const made = s.create(note("private"));
    s.remove(made.id);
    expect(s.$records.get()).toEqual([]);
    expect(storage.data.get(`goodenough:${WS}/2026-11`)).not.toContain("private");
    expect(s.$value.get().records).toEqual([
      expect.objectContaining({ id: made.id, deleted: true }),
    ]);
  });

  it("rewrites only the month that changed when a record is saved", () => {
    storage.data.set(`goodenough:${WS}/2025-01`, stored([rec("old", "2025-01-05T10:00:00.000Z")]));
    const s = createWorksheetStore(codec, clock);
    const before = storage.data.get(`goodenough:${WS}/2025-01`);
    s.create(note("new"));
    expect(storage.data.get(`goodenough:${WS}/2025-01`)).toBe(before);
    expect(s.$records.get().map((r) => r.body)).toEqual(["old", "new"]);
  });

  it("reads a value saved before months existed, and moves it into months on the next save", () => {
    storage.data.set(
      `goodenough:${WS}`,
      stored([rec("a", "2025-03-01T10:00:00.000Z"), rec("b", "2026-11-01T10:00:00.000Z")]),
    );
    const s = createWorksheetStore(codec, clock);
    expect(s.$records.get().map((r) => r.body)).toEqual(["a", "b"]);
    s.create(note("c"));
    expect(monthKeys().sort()).toEqual([`goodenough:${WS}/2025-03`, `goodenough:${WS}/2026-11`]);
    const again = createWorksheetStore(codec, clock);
    expect(again.$records.get().map((r) => r.body)).toEqual(["a", "b", "c"]);
  });

  it("reads months stored in any key order back in creation order", () => {
    storage.data.set(`goodenough:${WS}/2026-11`, stored([rec("c", "2026-11-01T10:00:00.000Z")]));
    storage.data.set(`goodenough:${WS}/2025-03`, stored([rec("a", "2025-03-01T10:00:00.000Z")]));
    storage.data.set(`goodenough:${WS}/2026-01`, stored([rec("b", "2026-01-01T10:00:00.000Z")]));
    const s = createWorksheetStore(codec, clock);
    expect(s.$records.get().map((r) => r.body)).toEqual(["a", "b", "c"]);
  });

  it("keeps the newer copy of a record found under two months, and puts it in creation order", () => {
    // A hand-edited value: one id twice, and a record filed under the wrong month.
    storage.data.set(
      `goodenough:${WS}/2025-03`,
      stored([rec("a", "2025-03-01T10:00:00.000Z", "old"), rec("z", "2026-10-01T10:00:00.000Z")]),
    );
    storage.data.set(
      `goodenough:${WS}/2026-01`,
      stored([
        { ...rec("a", "2025-03-01T10:00:00.000Z", "new"), updatedAt: "2026-01-02T10:00:00.000Z" },
        rec("b", "2026-01-01T10:00:00.000Z"),
      ]),
    );
    const s = createWorksheetStore(codec, clock);
    expect(s.$records.get().map((r) => r.body)).toEqual(["new", "b", "z"]);
  });

  it("keeps records made in one action in the order they were given, after a reload too", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 5 }), { minLength: 1, maxLength: 30 }),
        (bodies) => {
          storage = sharedStorage();
          storage.tab();
          // One frozen clock: every record is made in the same millisecond.
          const frozen = () => new Date(Date.UTC(2026, 10, 26));
          const s = createWorksheetStore(codec, frozen);
          s.create(note("before"));
          s.createMany(bodies.map(note));
          const expected = ["before", ...bodies];
          expect(s.$records.get().map((r) => r.body)).toEqual(expected);
          expect(
            createWorksheetStore(codec, frozen)
              .$records.get()
              .map((r) => r.body),
          ).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("adds many records in one write, with fixed ids where given, replacing an old copy", () => {
    const s = createWorksheetStore(codec, clock);
    s.create(note("old settings"), "settings");
    let writes = 0;
    const key = `goodenough:${WS}/2026-11`;
    const spy = storage.data.set.bind(storage.data);
    storage.data.set = (k: string, v: string) => {
      if (k === key) writes++;
      return spy(k, v);
    };
    const made = s.createMany([note("new settings"), note("a"), note("b")], ["settings"]);
    expect(writes).toBe(1);
    expect(made.map((r) => r.id)[0]).toBe("settings");
    expect(new Set(made.map((r) => r.id)).size).toBe(3);
    expect(s.$records.get().map((r) => r.body)).toEqual(["new settings", "a", "b"]);
  });

  it("deletes many records in one write", () => {
    const s = createWorksheetStore(codec, clock);
    const made = s.createMany(["a", "b", "c"].map(note));
    let writes = 0;
    storage.tab(); // a second tab hears each write once
    const key = `goodenough:${WS}/2026-11`;
    const spy = storage.data.set.bind(storage.data);
    storage.data.set = (k: string, v: string) => {
      if (k === key) writes++;
      return spy(k, v);
    };
    s.removeMany(made.slice(0, 2).map((r) => r.id));
    expect(writes).toBe(1);
    expect(s.$records.get().map((r) => r.body)).toEqual(["c"]);
  });
});

describe("reading a damaged value", () => {
  it("sets aside an unreadable value instead of dropping it, and starts empty", () => {
    storage.data.set(`goodenough:${WS}/2026-11`, "{garbage");
    const s = createWorksheetStore(codec, clock);
    expect(s.$records.get()).toEqual([]);
    const copies = listQuarantined();
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ worksheet: WS, raw: "{garbage" });
    expect(storage.data.has(`goodenough:${WS}/2026-11`)).toBe(false);
    expect($quarantined.get()).toEqual([expect.objectContaining({ worksheet: WS, kept: true })]);
  });

  it("keeps every record that reads when one is damaged, and sets the whole value aside", () => {
    const raw = stored([
      rec("good", "2026-11-01T10:00:00.000Z"),
      { ...rec("bad", "2026-11-02T10:00:00.000Z"), body: 42 },
    ]);
    storage.data.set(`goodenough:${WS}/2026-11`, raw);
    const s = createWorksheetStore(codec, clock);
    expect(s.$records.get().map((r) => r.id)).toEqual(["good"]);
    expect(listQuarantined().map((q) => q.raw)).toEqual([raw]);
    expect($quarantined.get()).toEqual([expect.objectContaining({ dropped: 1, kept: true })]);
  });

  it("leaves other worksheets alone when one is unreadable", () => {
    storage.data.set(`goodenough:${WS}/2026-11`, "{garbage");
    storage.data.set("goodenough:other", stored([]));
    createWorksheetStore(codec, clock);
    expect(storage.data.get("goodenough:other")).toBe(stored([]));
  });

  it("sets aside a value from a newer version of the site rather than losing it", () => {
    storage.data.set(`goodenough:${WS}/2026-11`, '{"version":9,"records":[]}');
    createWorksheetStore(codec, clock);
    expect(listQuarantined().map((q) => q.raw)).toEqual(['{"version":9,"records":[]}']);
  });

  it("never deletes a damaged value it could not copy, and never writes over it", () => {
    const big = `{"version":2,"records":[${'"x",'.repeat(2000)}"x"]}`;
    storage = sharedStorage({ quota: big.length + 200 });
    storage.tab();
    const key = `goodenough:${WS}/2026-11`;
    storage.data.set(key, big);
    const s = createWorksheetStore(codec, clock);
    expect(storage.data.get(key)).toBe(big);
    expect($quarantined.get()).toEqual([expect.objectContaining({ kept: false, key: "" })]);
    const saved = checkSaved();
    s.create(note("typed after"));
    expect(saved()).toBe(false);
    expect(storage.data.get(key)).toBe(big);
  });

  it("opens with its live entries when thousands of deletions are stored beside them", () => {
    const tombstones = Array.from({ length: 6000 }, (_, i) => ({
      id: `t${i}`,
      createdAt: "2026-11-01T10:00:00.000Z",
      updatedAt: "2026-11-02T10:00:00.000Z",
      deleted: true,
    }));
    storage.data.set(
      `goodenough:${WS}/2026-11`,
      stored([...tombstones, rec("alive", "2026-11-03T10:00:00.000Z")]),
    );
    const s = createWorksheetStore(codec, clock);
    expect(s.$records.get().map((r) => r.id)).toEqual(["alive"]);
    expect(listQuarantined()).toEqual([]);
  });
});

describe("writing", () => {
  it("refuses a record that would not read back, keeps the previous value, and says so", () => {
    const s = createWorksheetStore(codec, clock);
    s.create(note("kept"));
    const before = storage.data.get(`goodenough:${WS}/2026-11`);
    const saved = checkSaved();
    s.create(note("x".repeat(5000)));
    expect(saved()).toBe(false);
    expect($refused.get()).toMatchObject({ worksheet: WS });
    expect(s.$records.get().map((r) => r.body)).toEqual(["kept"]);
    expect(storage.data.get(`goodenough:${WS}/2026-11`)).toBe(before);
  });

  it("says a write was not saved when storage is full, and keeps what was already saved", () => {
    storage = sharedStorage({ quota: 400 });
    storage.tab();
    const s = createWorksheetStore(codec, clock);
    s.create(note("first"));
    const first = storage.data.get(`goodenough:${WS}/2026-11`);
    const saved = checkSaved();
    s.create(note("y".repeat(500)));
    expect(saved()).toBe(false);
    expect($storageHealth.get()).toBe("full");
    expect(storage.data.get(`goodenough:${WS}/2026-11`)).toBe(first);
    expect(s.$records.get()).toHaveLength(2);
  });

  it("saves typed text after a pause, or at once when flushed", () => {
    const s = createWorksheetStore(codec, clock);
    const made = s.create(note(""));
    expect(s.update(made.id, { body: "typed" }, { typing: true })?.body).toBe("typed");
    expect(storage.data.get(`goodenough:${WS}/2026-11`)).not.toContain("typed");
    expect(s.flush()).toBe("saved");
    expect(storage.data.get(`goodenough:${WS}/2026-11`)).toContain("typed");
  });

  it("prunes deletions older than the horizon and keeps newer ones", () => {
    const old = new Date(Date.UTC(2026, 10, 26) - (TOMBSTONE_DAYS + 5) * 86_400_000).toISOString();
    const recent = "2026-11-20T10:00:00.000Z";
    storage.data.set(
      `goodenough:${WS}/2026-11`,
      stored([
        { id: "old", createdAt: "2026-11-01T00:00:00.000Z", updatedAt: old, deleted: true },
        { id: "new", createdAt: "2026-11-01T00:00:00.000Z", updatedAt: recent, deleted: true },
      ]),
    );
    const s = createWorksheetStore(codec, clock);
    s.create(note("x"));
    expect(s.$value.get().records.map((r) => r.id)).not.toContain("old");
    expect(s.$value.get().records.map((r) => r.id)).toContain("new");
    const saved = storage.data.get(`goodenough:${WS}/2026-11`)!;
    expect(saved).not.toContain('"old"');
    expect(saved).toContain('"new"');
  });

  it("brings a stored time from a clock that ran ahead back to now, so a later edit wins", () => {
    storage.data.set(
      `goodenough:${WS}/2026-11`,
      stored([{ ...rec("f", "2026-11-01T00:00:00.000Z"), updatedAt: "2099-01-01T00:00:00.000Z" }]),
    );
    const s = createWorksheetStore(codec, clock);
    const edited = s.update("f", { body: "edited now" })!;
    expect(edited.updatedAt < "2030-01-01").toBe(true);
    expect(createWorksheetStore(codec, clock).$records.get()[0]?.body).toBe("edited now");
  });
});

describe("undoing a deletion", () => {
  it("brings a deleted record back exactly as it was, after a reload too", () => {
    const s = createWorksheetStore(codec, clock);
    const kept = s.create(note("keep me"));
    const other = s.create(note("other"));
    const undo = removeWithUndo(s, [kept.id]);
    expect(s.$records.get().map((r) => r.id)).toEqual([other.id]);
    expect(undo()).toBe(true);
    const back = s.$records.get().find((r) => r.id === kept.id)!;
    expect({ ...back, updatedAt: "" }).toEqual({ ...kept, updatedAt: "" });
    expect(s.$records.get().map((r) => r.id)).toEqual([kept.id, other.id]);
    const reopened = createWorksheetStore(codec, clock);
    expect(reopened.$records.get().map((r) => r.body)).toEqual(["keep me", "other"]);
  });

  it("brings back every record of one deletion of many, in one write", () => {
    const s = createWorksheetStore(codec, clock);
    const made = s.createMany(["a", "b", "c"].map(note));
    const undo = removeWithUndo(
      s,
      made.slice(0, 2).map((r) => r.id),
    );
    expect(s.$records.get().map((r) => r.body)).toEqual(["c"]);
    expect(undo()).toBe(true);
    expect(s.$records.get().map((r) => r.body)).toEqual(["a", "b", "c"]);
  });

  it("stamps the restored copy newer than its deletion, so it wins in another tab", async () => {
    const tabA = createWorksheetStore(codec, clock);
    storage.tab();
    const tabB = createWorksheetStore(codec, clock);
    const made = tabA.create(note("back again"));
    storage.deliver();
    const undo = removeWithUndo(tabA, [made.id]);
    storage.deliver();
    expect(tabB.$records.get()).toEqual([]);
    const tombstone = tabA.$value.get().records.find((r) => r.id === made.id)!;
    undo();
    const restored = tabA.$records.get()[0]!;
    expect(restored.updatedAt > tombstone.updatedAt).toBe(true);
    storage.deliver();
    await flush();
    expect(tabB.$records.get().map((r) => r.body)).toEqual(["back again"]);
  });

  it("says so when there was nothing to bring back", () => {
    const s = createWorksheetStore(codec, clock);
    expect(removeWithUndo(s, ["never-made"])()).toBe(false);
    expect(s.$records.get()).toEqual([]);
  });
});

describe("two tabs", () => {
  it("end with both records when each adds one", async () => {
    const tabA = createWorksheetStore(codec, clock);
    storage.tab();
    const tabB = createWorksheetStore(codec, clock);
    tabA.create(note("from A"));
    tabB.create(note("from B"));
    storage.deliver();
    await flush();
    storage.deliver();
    for (const tab of [tabA, tabB])
      expect(
        tab.$records
          .get()
          .map((r) => r.body)
          .sort(),
      ).toEqual(["from A", "from B"]);
    const reopened = createWorksheetStore(codec, clock);
    expect(reopened.$records.get()).toHaveLength(2);
  });

  it("keep a deletion made in one tab", async () => {
    const tabA = createWorksheetStore(codec, clock);
    storage.tab();
    const tabB = createWorksheetStore(codec, clock);
    const made = tabA.create(note("gone soon"));
    storage.deliver();
    tabB.remove(made.id);
    storage.deliver();
    await flush();
    expect(tabA.$records.get()).toEqual([]);
    expect(tabB.$records.get()).toEqual([]);
  });

  it("merge another tab's unheard write before saving over the same month", () => {
    const tabA = createWorksheetStore(codec, clock);
    storage.tab();
    const tabB = createWorksheetStore(codec, clock);
    tabA.create(note("from A"));
    // B has not heard of A's write yet; syncing at the moment of writing catches it.
    tabB.sync();
    tabB.create(note("from B"));
    const reopened = createWorksheetStore(codec, clock);
    expect(reopened.$records.get().map((r) => r.body)).toEqual(["from A", "from B"]);
  });

  it("let go of entries another tab archived, and an import of the archive brings them back", () => {
    codec = makeNotesCodec(WS);
    storage.data.set(`goodenough:${WS}/2025-01`, stored([rec("old", "2025-01-05T10:00:00.000Z")]));
    const tabA = createWorksheetStore(codec, clock);
    storage.tab();
    const tabB = createWorksheetStore(codec, clock);
    tabA.create(note("new"));
    const taken = archiveStore(tabA, "2026-01-01T00:00:00.000Z", madeBefore<Note>());
    expect(taken.map((r) => r.id)).toEqual(["old"]);
    storage.deliver();
    expect(tabB.$records.get().map((r) => r.body)).toEqual(["new"]);
    expect(storage.data.get(`goodenough:${WS}/2025-01`)).not.toContain('"body"');
    mergeInto(tabB, { version: 2, records: taken });
    expect(tabB.$records.get().map((r) => r.body)).toEqual(["old", "new"]);
  });
});

describe("importing into a store", () => {
  it("merges by id, adding new records and keeping newer local edits", () => {
    const s = createWorksheetStore(codec, clock);
    const mine = s.create(note("mine"));
    const edited = s.update(mine.id, { body: "mine, edited" })!;
    mergeInto(s, {
      version: 2,
      records: [{ ...mine, body: "older copy" }, rec("n2", mine.createdAt, "imported")],
    });
    expect(
      s.$records
        .get()
        .map((r) => r.body)
        .sort(),
    ).toEqual(["imported", edited.body].sort());
  });

  it("replaces so that only the file's records remain, even for an older copy", () => {
    const s = createWorksheetStore(codec, clock);
    const mine = s.create(note("mine"));
    s.update(mine.id, { body: "newer local" });
    s.create(note("not in file"));
    replaceAll(s, { version: 2, records: [{ ...mine, body: "from file" }] });
    expect(s.$records.get().map((r) => r.body)).toEqual(["from file"]);
  });

  it("clears everything for the worksheet", () => {
    const s = createWorksheetStore(codec, clock);
    s.create(note("x"));
    clearStore(s);
    expect(s.$records.get()).toEqual([]);
    expect(monthKeys()).toEqual([]);
  });
});
