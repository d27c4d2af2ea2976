import { fail, ok, type Result } from "./result";

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/**
 * A key can only spell one of those names literally or with a \u escape, so
 * text with neither cannot hold one. Most stored text has neither, and then
 * it is parsed without a reviver, which is several times faster on years of entries.
 */
const MAYBE_UNSAFE = /__proto__|constructor|prototype|\\u/;

/**
 * JSON.parse that refuses keys which could pollute prototypes when the data is
 * later spread or merged, and never throws.
 */
export function parseJsonSafely(text: string): Result<unknown> {
  let unsafe: string | null = null;
  let value: unknown;
  try {
    value = MAYBE_UNSAFE.test(text)
      ? JSON.parse(text, function (key, val) {
          if (UNSAFE_KEYS.has(key)) unsafe = key;
          return val;
        })
      : JSON.parse(text);
  } catch {
    return fail("not-json", "notJson");
  }
  if (unsafe) return fail("unsafe-key", "unsafeKey", { key: unsafe });
  return ok(value);
}

export const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);
