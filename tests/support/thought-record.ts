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

/**
 * A thought record worked all the way through (the monthly-update example the
 * browser tests share), with `fields` over it.
 */
export function workedThought(fields: Partial<ThoughtRecord> = {}): ThoughtRecord {
  return savedThought({
    situation: "Giving the monthly update to my team.",
    emotions: [{ name: "anxious", before: 80, after: 40 }],
    automaticThought: "Everyone noticed I lost my place.",
    beliefBefore: 85,
    traps: ["mind-reading"],
    evidenceFor: "I paused for a few seconds.",
    evidenceAgainst: "Two people asked follow-up questions.",
    balancedThought: "I lost my place briefly and found it again.",
    balancedBelief: 70,
    beliefAfter: 35,
    ...fields,
  });
}
