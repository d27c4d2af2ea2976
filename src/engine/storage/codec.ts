import * as v from "../core/validate";
import { MAX_RECORDS, type RecordMeta, type StoredValue } from "./record";
import { isPlainObject, parseJsonSafely } from "./json";
import { isTombstone, mergeRecords, type Stored } from "./merge";
import { fail, ok, type Result } from "./result";

/** A pure step from one version of a stored value to the next. */
export type Migration = (value: Record<string, unknown>) => Record<string, unknown>;

export interface CodecSpec<R extends RecordMeta> {
  /** The worksheet slug; the storage key is goodenough:<worksheet>. */
  worksheet: string;
  /** The current version of the stored shape. */
  version: number;
  /** The schema of the whole current value, with `item`, the schema of one record. */
  schema: v.GenericSchema<unknown, StoredValue<R>> & { item: v.GenericSchema<unknown, Stored<R>> };
  /** migrations[n] turns a version-n value into version n+1. */
  migrations: Record<number, Migration>;
}

export interface Codec<R extends RecordMeta> extends CodecSpec<R> {
  empty(): StoredValue<R>;
  /** Validates (and migrates) a value that is already parsed JSON. */
  fromUnknown(data: unknown): Result<StoredValue<R>>;
  /** Parses, migrates and validates a stored string. Never throws. */
  decode(raw: string): Result<StoredValue<R>>;
  /**
   * Like decode, but when some records are damaged it keeps every record that
   * reads, and counts the rest in `dropped`, so one bad record never hides the others.
   */
  salvage(raw: string): Result<{ value: StoredValue<R>; dropped: number }>;
  /** salvage, for a value already parsed from JSON. */
  salvageParsed(json: unknown): Result<{ value: StoredValue<R>; dropped: number }>;
  /** One record checked by the same rules that read it back: the cleaned copy, or null. */
  check(record: unknown): Stored<R> | null;
  encode(value: StoredValue<R>): string;
}

export function createCodec<R extends RecordMeta>(spec: CodecSpec<R>): Codec<R> {
  const migrate = (data: unknown): Result<Record<string, unknown>> => {
    if (
      !isPlainObject(data) ||
      typeof data.version !== "number" ||
      !Number.isInteger(data.version)
    ) {
      return fail("invalid", "noVersion", { worksheet: spec.worksheet });
    }
    if (data.version > spec.version) {
      return fail("future-version", "newerData", {
        worksheet: spec.worksheet,
        version: data.version,
        known: spec.version,
      });
    }
    let value: Record<string, unknown> = data;
    for (let n = data.version; n < spec.version; n++) {
      const step = spec.migrations[n];
      if (!step) return fail("invalid", "oldData", { worksheet: spec.worksheet, version: n });
      value = step(value);
    }
    // Past the limit, tombstones go first: they only record deletions, and
    // dropping them never hides a live entry.
    if (Array.isArray(value.records) && value.records.length > MAX_RECORDS)
      value = { ...value, records: value.records.filter((r) => !isTombstone(r as RecordMeta)) };
    return ok(value);
  };
  const fromUnknown = (data: unknown): Result<StoredValue<R>> => {
    const migrated = migrate(data);
    if (!migrated.ok) return migrated;
    const parsed = v.safeParse(spec.schema, migrated.value);
    if (!parsed.success)
      return fail("invalid", "wrongField", {
        worksheet: spec.worksheet,
        field: v.getDotPath(parsed.issues[0]) ?? "",
        issue: parsed.issues[0].message,
        n: parsed.issues[0].n ?? "",
      });
    // Two copies of one id (a hand-edited file) count, and are kept, once: the newer wins.
    return ok({ version: spec.version, records: mergeRecords(parsed.output.records, []) });
  };
  const check = (record: unknown): Stored<R> | null => {
    const r = v.safeParse(spec.schema.item, record);
    return r.success ? r.output : null;
  };
  const salvageParsed = (json: unknown): Result<{ value: StoredValue<R>; dropped: number }> => {
    const whole = fromUnknown(json);
    if (whole.ok) return ok({ value: whole.value, dropped: 0 });
    const migrated = migrate(json);
    if (!migrated.ok || !Array.isArray(migrated.value.records)) return whole;
    const all = migrated.value.records as unknown[];
    const kept = all.map(check).filter((r): r is Stored<R> => r !== null);
    if (kept.length > MAX_RECORDS) return whole;
    return ok({
      value: { version: spec.version, records: mergeRecords(kept, []) },
      dropped: all.length - kept.length,
    });
  };
  return {
    ...spec,
    empty: () => ({ version: spec.version, records: [] }),
    fromUnknown,
    check,
    decode(raw) {
      const json = parseJsonSafely(raw);
      return json.ok ? fromUnknown(json.value) : json;
    },
    salvage(raw) {
      const json = parseJsonSafely(raw);
      return json.ok ? salvageParsed(json.value) : json;
    },
    salvageParsed,
    encode: (value) => JSON.stringify(value),
  };
}
