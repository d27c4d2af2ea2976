import type { DraftRecord, ThoughtRecord } from "../../src/worksheets/thought-record/schema";

/** The stamp the thought-record fixtures carry. */
export const STAMP = "2024-05-01T09:00:00.000Z";

/** A saved thought record with only the automatic thought written, plus `fields`. */
export function savedThought(fields: Partial<ThoughtRecord> = {}): ThoughtRecord {
  return {
    id: "r1",
    createdAt: STAMP,
    updatedAt: STAMP,
    kind: "record",
    when: STAMP,
    situation: "",
    emotions: [],
    automaticThought: "I always get it wrong.",
    traps: [],
    evidenceFor: "",
    evidenceAgainst: "",
    balancedThought: "",
    step: 6,
    ...fields,
  };
}

/** An unfinished thought record as typed, plus `fields`. */
export function draftThought(fields: Partial<DraftRecord> = {}): DraftRecord {
  return {
    id: "d1",
    createdAt: STAMP,
    updatedAt: STAMP,
    kind: "draft",
    when: "2024-05-01T09:00",
    situation: "",
    emotions: [],
    automaticThought: "I always get it wrong.",
    beliefBefore: "",
    traps: [],
    evidenceFor: "",
    evidenceAgainst: "",
    balancedThought: "",
    balancedBelief: "",
    beliefAfter: "",
    step: 0,
    ...fields,
  };
}
