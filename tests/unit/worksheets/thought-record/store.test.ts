import { beforeEach, describe, expect, it } from "vitest";
import { thoughtRecord } from "../../../../src/worksheets/thought-record/store";
import { describe as describeValue } from "../../../../src/worksheets/thought-record/my-data";
import myDataWords from "../../../../src/worksheets/thought-record/words/my-data.en.json";
import { words } from "../../../../src/engine/core/words";
import {
  deleteThought,
  discardDraft,
  keepDraft,
  saveThought,
} from "../../../../src/worksheets/thought-record/actions";
import { draftThought, savedThought, STAMP } from "../../../support/thought-record";

const saved = (id: string) => savedThought({ id });
const draft = (id: string) => draftThought({ id });
const gone = (id: string) => ({ id, createdAt: STAMP, updatedAt: STAMP, deleted: true });

/** What My data says the store holds, for a stored value. */
function describe_(records: unknown[]): string {
  const r = thoughtRecord.codec.fromUnknown({ version: 2, records });
  if (!r.ok) throw new Error(`${r.error.say} ${JSON.stringify(r.error.vars)}`);
  return describeValue(r.value, words(myDataWords));
}

describe("what My data says the thought record holds", () => {
  it("counts saved records, and unfinished ones apart", () => {
    expect(describe_([])).toBe("0 thought records");
    expect(describe_([saved("a")])).toBe("1 thought record");
    expect(describe_([saved("a"), saved("b"), draft("c")])).toBe(
      "2 thought records and 1 unfinished",
    );
  });

  it("leaves out deleted ones", () => {
    expect(describe_([saved("a"), gone("b"), gone("c")])).toBe("1 thought record");
  });
});

describe("the thought record's actions", () => {
  const fields = () => {
    const { id: _i, createdAt: _c, updatedAt: _u, kind: _k, ...rest } = savedThought();
    return rest;
  };
  const draftContent = (recordId?: string) => {
    const {
      id: _i,
      createdAt: _c,
      updatedAt: _u,
      ...rest
    } = draftThought(recordId ? { recordId } : {});
    return rest;
  };
  const ids = () => thoughtRecord.$records.get().map((r) => `${r.kind}:${r.id}`);

  beforeEach(() => thoughtRecord.clear());

  it("keeps a draft under its own id, and keeps it again if another tab discarded it", () => {
    keepDraft("d1", draftContent());
    keepDraft("d1", { ...draftContent(), situation: "At work" });
    expect(ids()).toEqual(["draft:d1"]);
    discardDraft("d1");
    keepDraft("d1", draftContent());
    expect(ids()).toEqual(["draft:d1"]);
  });

  it("turns a new draft into a record with the draft's id", () => {
    keepDraft("d1", draftContent());
    const saved = saveThought("d1", fields());
    expect(saved.id).toBe("d1");
    expect(ids()).toEqual(["record:d1"]);
  });

  it("saves changes to a record, clears a rating the person removed, and lets the draft go", () => {
    const first = saveThought("r1", { ...fields(), beliefBefore: 80 });
    keepDraft("d2", draftContent(first.id));
    const saved = saveThought("d2", fields(), first.id);
    expect(saved.id).toBe("r1");
    expect(saved.beliefBefore).toBeUndefined();
    expect(ids()).toEqual(["record:r1"]);
  });

  it("deletes a record together with the unsaved changes to it, and nothing else", () => {
    saveThought("r1", fields());
    keepDraft("d2", draftContent("r1"));
    keepDraft("d3", draftContent());
    deleteThought("r1");
    expect(ids()).toEqual(["draft:d3"]);
  });
});
