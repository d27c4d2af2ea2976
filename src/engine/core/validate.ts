/**
 * A small schema validator for the shapes stored in the browser, with the
 * same call style as valibot (`v.object`, `v.pipe`, `v.safeParse`…). It
 * exists for the 20 KB JavaScript budget of a worksheet page: the subset of
 * valibot our schemas used cost about 2.9 KB gzipped; this costs under 1 KB.
 * Objects drop keys they do not know, and records skip "__proto__", so a
 * parsed value can be spread safely. An issue names what is wrong by a short
 * code (and `n`, the limit broken); the import page, the one place that shows
 * it, words it (src/islands/my-data/words/import.<locale>.json, "issue.<code>").
 */

type Path = (string | number)[];
export interface BaseIssue<_T = unknown> {
  /** A code such as "text" or "maxLength", or a schema's own. */
  message: string;
  /** The limit a min/max check found broken. */
  n?: number;
  path: Path;
}
export interface Ctx {
  issue?: BaseIssue;
}
/** What a schema returns for input that fails (exported for ../validate-more.ts). */
export const FAIL: unique symbol = Symbol("fail");
type Out<T> = T | typeof FAIL;

export interface Schema<T> {
  /** Type carrier only. */
  readonly __out?: T;
  readonly optional?: boolean;
  run(input: unknown, ctx: Ctx): Out<T>;
}
export type GenericSchema<_I = unknown, O = unknown> = Schema<O>;
export type InferOutput<S> = S extends Schema<infer T> ? T : never;

/** A check or transform inside `pipe`. */
export interface Action<T> {
  act(value: T, ctx: Ctx): Out<T>;
}

// Paths are built only on failure, from the inside out, so a valid value
// (the common case, thousands of records on load) allocates nothing for them.
export const bad = (ctx: Ctx, message: string, n?: number): typeof FAIL => {
  ctx.issue = { message, path: [], ...(n === undefined ? {} : { n }) };
  return FAIL;
};
export const at = (ctx: Ctx, key: string | number): typeof FAIL => {
  ctx.issue?.path.unshift(key);
  return FAIL;
};

const schema = <T>(test: (x: unknown) => boolean, message: string): Schema<T> => ({
  run: (x, ctx) => (test(x) ? (x as T) : bad(ctx, message)),
});

export const string = () => schema<string>((x) => typeof x === "string", "text");
export const number = () =>
  schema<number>((x) => typeof x === "number" && Number.isFinite(x), "number");
export const boolean = () => schema<boolean>((x) => typeof x === "boolean", "boolean");
export const literal = <const T extends string | number | boolean>(value: T) =>
  schema<T>((x) => x === value, "value");
export const picklist = <const T extends readonly (string | number)[]>(options: T) =>
  schema<T[number]>((x) => options.includes(x as T[number]), "option");
export const custom = <T>(test: (x: unknown) => boolean, message = "invalid") =>
  schema<T>(test, message);

export const optional = <T>(inner: Schema<T>): Schema<T | undefined> & { optional: true } => ({
  optional: true,
  run: (x, ctx) => (x === undefined ? undefined : inner.run(x, ctx)),
});

export const array = <T>(item: Schema<T>): Schema<T[]> => ({
  run(x, ctx) {
    if (!Array.isArray(x)) return bad(ctx, "list");
    const out: T[] = [];
    for (let i = 0; i < x.length; i++) {
      const v = item.run(x[i], ctx);
      if (v === FAIL) return at(ctx, i);
      out.push(v);
    }
    return out;
  },
});

type Shape = Record<string, Schema<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { optional: true } ? K : never;
}[keyof S];
export type ObjectOutput<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: InferOutput<S[K]> } & {
    [K in OptionalKeys<S>]?: Exclude<InferOutput<S[K]>, undefined>;
  }
>;

export const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

export const object = <S extends Shape>(shape: S): Schema<ObjectOutput<S>> & { entries: S } => {
  const keys = Object.keys(shape);
  return {
    entries: shape,
    run(x, ctx) {
      if (!isObject(x)) return bad(ctx, "object");
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const v = shape[key]!.run(x[key], ctx);
        if (v === FAIL) return at(ctx, key);
        if (v !== undefined) out[key] = v;
      }
      return out as ObjectOutput<S>;
    },
  };
};

type Union<O extends readonly Schema<unknown>[]> = InferOutput<O[number]>;

/** The first option that fits wins; the error reported is the last option's. */
export const union = <const O extends readonly Schema<unknown>[]>(
  options: O,
): Schema<Union<O>> => ({
  run(x, ctx) {
    for (const o of options) {
      const v = o.run(x, ctx);
      if (v !== FAIL) return v as Union<O>;
    }
    return FAIL;
  },
});

/** Objects told apart by a literal `key` (e.g. "kind"); errors come from the option that matches. */
export const variant = <const O extends readonly (Schema<unknown> & { entries: Shape })[]>(
  key: string,
  options: O,
): Schema<Union<O>> => ({
  run(x, ctx) {
    if (!isObject(x)) return bad(ctx, "object");
    const match = options.find((o) => o.entries[key]?.run(x[key], {}) !== FAIL);
    if (match) return match.run(x, ctx) as Out<Union<O>>;
    bad(ctx, "kind");
    return at(ctx, key);
  },
});

/** One of two schemas, chosen by a quick test of the input, so only one is tried. */
export const either = <A, B>(
  test: (x: unknown) => boolean,
  yes: Schema<A>,
  no: Schema<B>,
): Schema<A | B> => ({
  run: (x, ctx) => (test(x) ? yes.run(x, ctx) : no.run(x, ctx)),
});

export function pipe<T>(inner: Schema<T>, ...actions: Action<NoInfer<T>>[]): Schema<T> {
  return {
    ...(inner.optional ? { optional: true } : {}),
    run(x, ctx) {
      let v = inner.run(x, ctx);
      for (const a of actions) {
        if (v === FAIL) return FAIL;
        v = a.act(v, ctx);
      }
      return v;
    },
  };
}

export const action = <T>(test: (v: T) => boolean, message: string, n?: number): Action<T> => ({
  act: (v, ctx) => (test(v) ? v : bad(ctx, message, n)),
});

type Sized = string | readonly unknown[];
export const minLength = <T extends Sized>(n: number, message = "minLength") =>
  action<T>((v) => v.length >= n, message, n);
export const maxLength = <T extends Sized>(n: number, message = "maxLength") =>
  action<T>((v) => v.length <= n, message, n);
export const minValue = (n: number, message = "minValue") =>
  action<number>((v) => v >= n, message, n);
export const maxValue = (n: number, message = "maxValue") =>
  action<number>((v) => v <= n, message, n);
export const integer = (message = "integer") => action<number>(Number.isInteger, message);
export const regex = (re: RegExp, message = "format") => action<string>((v) => re.test(v), message);
export const check = <T>(test: (v: T) => boolean, message = "invalid") => action<T>(test, message);

// A time Date.parse gives, not NaN: every real date is above -8.64e15 ms, and NaN fails any comparison.
const parses = (v: string) => Date.parse(v) > -9e15;
/** Real days already seen: years of entries share a few thousand days, each checked once. */
const days = new Set<string>();
/** A real calendar date, YYYY-MM-DD (not 2026-02-30). A date-only string parses as UTC midnight. */
export const isoDate = (message = "date") =>
  action<string>(
    (v) =>
      days.has(v) ||
      (/^\d{4}-\d\d-\d\d$/.test(v) &&
        parses(v) &&
        new Date(v).toISOString().startsWith(v) &&
        !!days.add(v)),
    message,
  );
/** A UTC timestamp as Date#toISOString writes it. */
export const isoTimestamp = (message = "timestamp") =>
  action<string>(
    (v) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/.test(v) && parses(v),
    message,
  );

export type SafeParseResult<T> =
  | { success: true; output: T; issues?: undefined }
  | { success: false; output?: undefined; issues: [BaseIssue] };

export function safeParse<T>(s: Schema<T>, input: unknown): SafeParseResult<T> {
  const ctx: Ctx = {};
  const v = s.run(input, ctx);
  return v === FAIL
    ? { success: false, issues: [ctx.issue ?? { message: "invalid", path: [] }] }
    : { success: true, output: v };
}

/** The dotted path to where an issue was found, e.g. "records.0.belief". */
export const getDotPath = (issue: BaseIssue): string | null =>
  issue.path.length ? issue.path.join(".") : null;
