import * as v from "../core/validate";

/**
 * The parts every stored worksheet shares. Browser-side shapes use the small
 * validator in src/engine/validate.ts (valibot's call style, a third of its
 * size), not zod: each worksheet page has 20 KB of JavaScript in all.
 */

/** An ISO 8601 timestamp from `new Date().toISOString()`. */
export const isoTime = v.pipe(v.string(), v.isoTimestamp());

/** A local calendar day, YYYY-MM-DD. */
export const isoDay = v.pipe(v.string(), v.isoDate());

/** Free text a person writes; generous, but capped so one field cannot fill storage. */
export const TEXT_MAX = 2000;
export const text = v.pipe(v.string(), v.maxLength(TEXT_MAX));

/** A whole-number rating within [min, max]. */
export const rating = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/** Fields on every record, so two tabs and imports can merge by id. */
export const recordBase = {
  /** Stable id from crypto.randomUUID(), or a fixed id for singletons such as "settings". */
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  /** When the record was first made. */
  createdAt: isoTime,
  /** When it last changed; the newer copy wins a merge. */
  updatedAt: isoTime,
};

/** A deleted record: its content is gone, its id is kept so other tabs delete it too. */
export const tombstoneSchema = v.object({
  ...recordBase,
  /** Always true: marks the record as deleted. */
  deleted: v.literal(true),
  /** True when it was moved to an archive file, so importing that file may bring it back. */
  archived: v.optional(v.literal(true)),
});
export type Tombstone = v.InferOutput<typeof tombstoneSchema>;

export interface RecordMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * The most records one worksheet value may hold. It stops a hostile file or a
 * runaway loop, never real use: ten years of heavy daily use is about 30,000
 * records (see `npm run bench:data`), and localStorage fills long before this.
 */
export const MAX_RECORDS = 200_000;

/**
 * A worksheet's stored value: `{ version, records }`, where a record may be a
 * tombstone. `item` is the schema of one record, so the store can check each
 * record it writes with the same rules that read it back.
 */
export function storedValueSchema<T extends RecordMeta>(version: number, record: v.Schema<T>) {
  // A tombstone is told apart by its flag, so each record is checked once, against its own shape.
  const item = v.either(
    (x) => typeof x === "object" && x !== null && (x as { deleted?: unknown }).deleted === true,
    tombstoneSchema,
    record,
  );
  return Object.assign(
    v.object({
      /** The shape's version; older versions are migrated on read. */
      version: v.literal(version),
      /** Entries and tombstones, merged by id. */
      records: v.pipe(v.array(item), v.maxLength(MAX_RECORDS)),
    }),
    { item },
  );
}

export interface StoredValue<R extends RecordMeta> {
  version: number;
  records: (R | Tombstone)[];
}
