import * as v from "../../../../src/engine/core/validate";
import { describe, expect, it } from "vitest";
import {
  NAME_MAX,
  PHONE_MAX,
  REVIEW_ID,
  SECTION_MAX,
  TEXT_SECTION_IDS,
  VERSION,
  migrateV1toV2,
  migrations,
  recordSchema,
  valueSchema,
} from "../../../../src/worksheets/relapse-prevention-plan/schema";
import { TEXT_MAX } from "../../../../src/engine/storage/record";
import { addUpdatedAt } from "../../../../src/engine/storage/migrations";

const T = "2024-05-01T09:00:00.000Z";
const base = { createdAt: T, updatedAt: T };
const section = { ...base, id: "protecting", kind: "section", text: "Time with my kids." };
const contact = { ...base, id: "c1", kind: "contact", name: "Sam" };
const review = { ...base, id: REVIEW_ID, kind: "review", reviewDate: "2024-08-01" };

const valid = (x: unknown) => v.safeParse(recordSchema, x).success;

describe("the relapse-prevention plan record schema", () => {
  it("accepts a section, a contact with only a name, and the review date", () => {
    expect(valid(section)).toBe(true);
    expect(valid(contact)).toBe(true);
    expect(valid(review)).toBe(true);
  });

  it("accepts every written section by its own id, and an empty one", () => {
    for (const id of TEXT_SECTION_IDS) expect(valid({ ...section, id, text: "" })).toBe(true);
  });

  it("rejects a section whose id is not a written section", () => {
    expect(valid({ ...section, id: "contacts" })).toBe(false);
    expect(valid({ ...section, id: "crisis" })).toBe(false);
    expect(valid({ ...section, id: "c1" })).toBe(false);
  });

  it(`caps a section at ${SECTION_MAX} characters`, () => {
    expect(valid({ ...section, text: "x".repeat(SECTION_MAX) })).toBe(true);
    expect(valid({ ...section, text: "x".repeat(SECTION_MAX + 1) })).toBe(false);
  });

  it("keeps every field of a full contact", () => {
    const full = {
      ...contact,
      phone: "+1 (555) 123-4567",
      relationship: "Sister",
      note: "Best after 6 pm",
    };
    const result = v.safeParse(recordSchema, full);
    expect(result.success).toBe(true);
    if (result.success) expect(result.output).toEqual(full);
  });

  it("requires a contact's name, within the name limit", () => {
    const { name: _n, ...noName } = contact;
    expect(valid(noName)).toBe(false);
    expect(valid({ ...contact, name: "  " })).toBe(false);
    expect(valid({ ...contact, name: "x".repeat(NAME_MAX) })).toBe(true);
    expect(valid({ ...contact, name: "x".repeat(NAME_MAX + 1) })).toBe(false);
    expect(valid({ ...contact, relationship: "x".repeat(NAME_MAX + 1) })).toBe(false);
    expect(valid({ ...contact, note: "x".repeat(TEXT_MAX + 1) })).toBe(false);
  });

  it("allows only digits, spaces and + ( ) - in a phone number, up to the limit", () => {
    expect(valid({ ...contact, phone: "07700 900123" })).toBe(true);
    expect(valid({ ...contact, phone: "555-0100 ext 2" })).toBe(false);
    expect(valid({ ...contact, phone: "555.0100" })).toBe(false);
    expect(valid({ ...contact, phone: "1".repeat(PHONE_MAX) })).toBe(true);
    expect(valid({ ...contact, phone: "1".repeat(PHONE_MAX + 1) })).toBe(false);
  });

  it("does not let a contact take a section's or the review's id", () => {
    expect(valid({ ...contact, id: "protecting" })).toBe(false);
    expect(valid({ ...contact, id: REVIEW_ID })).toBe(false);
  });

  it("keeps the review date as a singleton with a real day", () => {
    expect(valid({ ...review, id: "review-2" })).toBe(false);
    expect(valid({ ...review, reviewDate: "2024-13-01" })).toBe(false);
    const { reviewDate: _r, ...noDate } = review;
    expect(valid(noDate)).toBe(false);
  });

  it("rejects an unknown kind", () => {
    expect(valid({ ...section, kind: "crisis" })).toBe(false);
  });
});

describe("the relapse-prevention plan stored value", () => {
  it("accepts a version 2 value with records and tombstones", () => {
    const value = {
      version: VERSION,
      records: [section, contact, review, { ...base, id: "c2", deleted: true }],
    };
    expect(v.safeParse(valueSchema, value).success).toBe(true);
    expect(v.safeParse(valueSchema, { ...value, version: 3 }).success).toBe(false);
  });

  it("migrates version 1 by copying createdAt into updatedAt", () => {
    const { updatedAt: _u, ...v1Contact } = contact;
    const migrated = migrateV1toV2({ version: 1, records: [v1Contact] });
    expect(migrated).toEqual({ version: 2, records: [{ ...v1Contact, updatedAt: T }] });
    expect(v.safeParse(valueSchema, migrated).success).toBe(true);
    expect(migrations[1]).toBe(addUpdatedAt);
  });
});
