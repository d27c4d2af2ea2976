import * as v from "../../engine/core/validate";
import { addUpdatedAt } from "../../engine/storage/migrations";
import { isoDay, recordBase, storedValueSchema, text } from "../../engine/storage/record";

/**
 * Stored shape of the relapse-prevention plan (key goodenough:relapse-prevention-plan).
 *
 * The plan reads as one living document, but each written section, each
 * contact and the review date is its own record, so two tabs or an import
 * that change different parts merge part by part. A section's id is the
 * section's own id (e.g. "protecting"); the review date's id is "review".
 * Contacts' names and numbers stay in this browser only.
 *
 * History:
 * - Version 1 (early development builds) kept only `createdAt` on records;
 *   version 2 adds `updatedAt` (copied from `createdAt`) so two tabs can merge by id.
 */
export const VERSION = 2;

/** The written sections of the plan, in page order. Contacts, crisis lines and the review are not among them. */
export const TEXT_SECTION_IDS = [
  "protecting",
  "learned",
  "triggers",
  "warning-signs",
  "coping",
  "after-lapse",
] as const;
export type TextSectionId = (typeof TEXT_SECTION_IDS)[number];

/** Fixed id of the review-date record. */
export const REVIEW_ID = "review";

/** The most characters a written section can hold. */
export const SECTION_MAX = 4000;
/** The most characters in a contact's name or relationship. */
export const NAME_MAX = 80;
/** The most characters in a phone number. */
export const PHONE_MAX = 40;
/** The characters a phone number may use: digits, spaces, + ( ) and -. */
export const PHONE_PATTERN = /^[\d +()-]*$/;

const sectionRecord = v.object({
  ...recordBase,
  /** One written section of the plan. */
  kind: v.literal("section"),
  /** Which section: also the record's id, so each section is one record. */
  id: v.picklist(TEXT_SECTION_IDS),
  /** What the person wrote; may be empty. */
  text: v.pipe(v.string(), v.maxLength(SECTION_MAX)),
});

const contactRecord = v.object({
  ...recordBase,
  /** Someone the person can reach out to. */
  kind: v.literal("contact"),
  /** The person's name or how they are known. Required. */
  name: v.pipe(
    v.string(),
    v.maxLength(NAME_MAX),
    v.check((s) => s.trim().length > 0, "nameRequired"),
  ),
  /** Their phone number: digits, spaces, + ( ) and - only. */
  phone: v.optional(v.pipe(v.string(), v.maxLength(PHONE_MAX), v.regex(PHONE_PATTERN, "phone"))),
  /** Who they are to the person, e.g. "sister" or "therapist". */
  relationship: v.optional(v.pipe(v.string(), v.maxLength(NAME_MAX))),
  /** A note, e.g. the best time to call. */
  note: v.optional(text),
});

const reviewRecord = v.object({
  ...recordBase,
  /** When the person plans to look over the plan again; there is only one. */
  kind: v.literal("review"),
  /** Always "review". */
  id: v.literal(REVIEW_ID),
  /** The local calendar day of the next review, YYYY-MM-DD. */
  reviewDate: isoDay,
});

const reserved: readonly string[] = [...TEXT_SECTION_IDS, REVIEW_ID];

/** Any plan record; a contact may not take a section's or the review's id. */
export const recordSchema = v.pipe(
  v.variant("kind", [sectionRecord, contactRecord, reviewRecord]),
  v.check((r) => r.kind !== "contact" || !reserved.includes(r.id), "contactId"),
);

export type RelapsePlanRecord = v.InferOutput<typeof recordSchema>;
export type SectionRecord = v.InferOutput<typeof sectionRecord>;
export type ContactRecord = v.InferOutput<typeof contactRecord>;
export type ReviewRecord = v.InferOutput<typeof reviewRecord>;

/** The whole stored value: `{ version: 2, records }`. */
export const valueSchema = storedValueSchema(VERSION, recordSchema);

/** Version 1 → 2: copies `createdAt` into `updatedAt` on every record. Pure. */
export const migrateV1toV2 = (value: Record<string, unknown>): Record<string, unknown> =>
  addUpdatedAt(value);

/** migrations[n] turns a version-n value into version n + 1. */
export const migrations = { 1: addUpdatedAt };
