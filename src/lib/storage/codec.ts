import * as v from "../validate";
import type { RecordMeta, StoredValue } from "../../schemas/stored/record";
import { isPlainObject, parseJsonSafely } from "./json";
import { fail, ok, type Result } from "./result";

/** A pure step from one version of a stored value to the next. */
export type Migration = (value: Record<string, unknown>) => Record<string, unknown>;

export interface CodecSpec<R extends RecordMeta> {
  /** The worksheet slug; the storage key is goodenough:<worksheet>. */
  worksheet: string;
  /** The current version of the stored shape. */
  version: number;
  /** The schema of the whole current value. */
  schema: v.GenericSchema<unknown, StoredValue<R>>;
  /** migrations[n] turns a version-n value into version n+1. */
  migrations: Record<number, Migration>;
  /** A short count for previews, e.g. "2 screen results". */
  describe: (value: StoredValue<R>) => string;
}

export interface Codec<R extends RecordMeta> extends CodecSpec<R> {
  empty(): StoredValue<R>;
  /** Validates (and migrates) a value that is already parsed JSON. */
  fromUnknown(data: unknown): Result<StoredValue<R>>;
  /** Parses, migrates and validates a stored string. Never throws. */
  decode(raw: string): Result<StoredValue<R>>;
  encode(value: StoredValue<R>): string;
}

function issueText(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}

export function createCodec<R extends RecordMeta>(spec: CodecSpec<R>): Codec<R> {
  const fromUnknown = (data: unknown): Result<StoredValue<R>> => {
    if (
      !isPlainObject(data) ||
      typeof data.version !== "number" ||
      !Number.isInteger(data.version)
    ) {
      return fail("invalid", `The ${spec.worksheet} data has no version number.`);
    }
    if (data.version > spec.version) {
      return fail(
        "future-version",
        `The ${spec.worksheet} data is version ${data.version}, newer than this site understands (${spec.version}).`,
      );
    }
    let value: Record<string, unknown> = data;
    for (let n = data.version; n < spec.version; n++) {
      const step = spec.migrations[n];
      if (!step)
        return fail(
          "invalid",
          `The ${spec.worksheet} data is version ${n}, which can no longer be read.`,
        );
      value = step(value);
    }
    const parsed = v.safeParse(spec.schema, value);
    if (!parsed.success)
      return fail(
        "invalid",
        `The ${spec.worksheet} data has a wrong field: ${issueText(parsed.issues[0])}.`,
      );
    return ok(parsed.output);
  };
  return {
    ...spec,
    empty: () => ({ version: spec.version, records: [] }),
    fromUnknown,
    decode(raw) {
      const json = parseJsonSafely(raw);
      return json.ok ? fromUnknown(json.value) : json;
    },
    encode: (value) => JSON.stringify(value),
  };
}
