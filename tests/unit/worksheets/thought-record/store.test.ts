import { describe, expect, it } from "vitest";
import { thoughtRecord } from "../../../../src/worksheets/thought-record/store";
import { draftThought, savedThought, STAMP } from "../../../support/thought-record";

const saved = (id: string) => savedThought({ id });
const draft = (id: string) => draftThought({ id });
const gone = (id: string) => ({ id, createdAt: STAMP, updatedAt: STAMP, deleted: true });

/** What My data says the store holds, for a stored value. */
function describe_(records: unknown[]): string {
  const r = thoughtRecord.codec.fromUnknown({ version: 2, records });
  if (!r.ok) throw new Error(r.error.message);
  return thoughtRecord.codec.describe(r.value);
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
