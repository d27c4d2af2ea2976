import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildExport, exportFileName } from "../../src/engine/storage/export";
import { MAX_IMPORT_BYTES, parseImport } from "../../src/engine/my-data/import";
import { makeNotesCodec } from "../support/notes-codec";
import { t, type Vars } from "../../src/engine/core/words";
import importWords from "../../src/islands/my-data/words/import.en.json";

const notes = makeNotesCodec("notes");
const codecs = { notes } as unknown as Parameters<typeof parseImport>[1];
/** The cautions as the import page words them. */
const said = (cautions: { say: string; vars: Vars }[]) =>
  cautions.map((c) => t(importWords, c.say, c.vars)).join(" ");
const record = {
  id: "a",
  kind: "note",
  body: "hello",
  createdAt: "2026-11-01T00:00:00.000Z",
  updatedAt: "2026-11-01T00:00:00.000Z",
};
const file = (worksheets: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    app: "good-enough",
    exportVersion: 1,
    exportedAt: "2026-11-26T12:00:00.000Z",
    worksheets,
    ...extra,
  });

describe("export files", () => {
  it("names the file good-enough-YYYY-MM-DD.json by the local day", () => {
    expect(exportFileName(new Date(2026, 10, 26, 23, 59))).toBe("good-enough-2026-11-26.json");
    expect(exportFileName(new Date(2026, 0, 5), "goal-planner")).toBe(
      "good-enough-goal-planner-2026-01-05.json",
    );
  });

  it("round-trips through import with a preview of counts", () => {
    const exported = buildExport(
      { notes: { version: 2, records: [record] } },
      new Date("2026-11-26T12:00:00Z"),
    );
    const result = parseImport(JSON.stringify(exported), codecs);
    expect(result).toEqual({
      ok: true,
      value: {
        exportedAt: "2026-11-26T12:00:00.000Z",
        worksheets: { notes: { version: 2, records: [record] } },
        preview: ["1 notes"],
        cautions: [],
      },
    });
  });

  it("counts two copies of one entry once, keeping the newer", () => {
    const newer = { ...record, body: "newer", updatedAt: "2026-11-02T00:00:00.000Z" };
    const result = parseImport(file({ notes: { version: 2, records: [record, newer] } }), codecs);
    expect(result.ok && result.value.preview).toEqual(["1 notes"]);
    expect(result.ok && result.value.worksheets.notes!.records).toEqual([newer]);
  });

  it("dates entries from a clock that ran ahead to now, and says so in the preview", () => {
    const now = new Date("2026-12-06T10:00:00.000Z");
    const future = { ...record, updatedAt: "2099-01-01T00:00:00.000Z" };
    const result = parseImport(
      file({ notes: { version: 2, records: [future] } }),
      codecs,
      100,
      now,
    );
    expect(result.ok && result.value.worksheets.notes!.records[0]!.updatedAt).toBe(
      now.toISOString(),
    );
    expect(result.ok && said(result.value.cautions)).toMatch(/1 entry is dated later than now/);
  });

  it("warns that deletions may come back when the file is older than the deletion horizon", () => {
    const now = new Date("2028-06-01T00:00:00.000Z");
    const result = parseImport(
      file({ notes: { version: 2, records: [record] } }),
      codecs,
      100,
      now,
    );
    expect(result.ok && said(result.value.cautions)).toMatch(
      /entries you deleted .* may come back/,
    );
  });

  it("migrates an older worksheet version inside an import", () => {
    const { updatedAt: _drop, ...v1record } = record;
    const result = parseImport(file({ notes: { version: 1, records: [v1record] } }), codecs);
    expect(result.ok && result.value.worksheets.notes!.records[0]).toMatchObject({
      updatedAt: record.createdAt,
    });
  });
});

describe("refusing bad import files", () => {
  const refuses = (text: string, kind: string, bytes?: number) =>
    expect(parseImport(text, codecs, bytes)).toMatchObject({ ok: false, error: { kind } });

  it("refuses text that is not JSON", () => refuses("{{", "not-json"));
  it("refuses JSON from another app", () => refuses('{"app":"other"}', "wrong-app"));
  it("refuses a JSON array", () => refuses("[]", "wrong-app"));
  it("refuses an export version from the future", () =>
    refuses(file({}, { exportVersion: 2 }), "future-version"));
  it("refuses a worksheet version from the future", () =>
    refuses(file({ notes: { version: 3, records: [] } }), "future-version"));
  it("refuses a field of the wrong type", () =>
    refuses(file({ notes: { version: 2, records: [{ ...record, body: ["x"] }] } }), "invalid"));
  it("refuses a worksheet this site does not have", () =>
    refuses(file({ mystery: { version: 1 } }), "unknown-worksheet"));
  it("refuses a worksheet named like an Object method", () =>
    refuses(file({ toString: { version: 2 } }), "unknown-worksheet"));
  it("refuses a __proto__ key anywhere in the file", () =>
    refuses(
      file({ notes: { version: 2, records: [{ ...record }], __proto__: null } }).replace(
        '"records"',
        '"__proto__":{},"records"',
      ),
      "unsafe-key",
    ));
  it("refuses a constructor key", () =>
    refuses('{"app":"good-enough","constructor":{"prototype":{}}}', "unsafe-key"));
  it("refuses anything over 5 MB before parsing it", () =>
    refuses("{}", "too-large", MAX_IMPORT_BYTES + 1));
});

describe("property: import never throws", () => {
  const kinds = [
    "not-json",
    "wrong-app",
    "future-version",
    "invalid",
    "too-large",
    "unsafe-key",
    "unknown-worksheet",
  ];

  it("returns a typed error for arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseImport(s, codecs);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(kinds).toContain(r.error.kind);
      }),
      { numRuns: 3000 },
    );
  });

  it("returns a typed error or a valid plan for arbitrary JSON, including near-valid files", () => {
    const nearValid = fc.record({
      app: fc.oneof(fc.constant("good-enough"), fc.string()),
      exportVersion: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
      exportedAt: fc.oneof(fc.constant("2026-11-26T00:00:00.000Z"), fc.jsonValue()),
      worksheets: fc.oneof(
        fc.constant({ notes: { version: 2, records: [record] } }),
        fc.dictionary(fc.string(), fc.jsonValue()),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), nearValid), (j) => {
        const r = parseImport(JSON.stringify(j), codecs);
        if (!r.ok) expect(kinds).toContain(r.error.kind);
        else expect(Object.keys(r.value.worksheets)).toEqual(["notes"]);
      }),
      { numRuns: 3000 },
    );
  });
});
