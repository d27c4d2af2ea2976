/**
 * Validators only the self-screen uses: its answers (record, maxEntries) and
 * scores (nullable). Apart from core/validate.ts, which is in the engine chunk
 * that every island page loads; imported by one store only, so they ride in
 * its chunk.
 */
import { action, at, bad, FAIL, isObject, type Schema } from "./core/validate";

export const nullable = <T>(inner: Schema<T>): Schema<T | null> => ({
  run: (x, ctx) => (x === null ? null : inner.run(x, ctx)),
});

export const record = <T>(key: Schema<string>, value: Schema<T>): Schema<Record<string, T>> => ({
  run(x, ctx) {
    if (!isObject(x)) return bad(ctx, "object");
    const out: Record<string, T> = {};
    for (const k of Object.keys(x)) {
      if (k === "__proto__" || key.run(k, ctx) === FAIL) {
        bad(ctx, "key");
        return at(ctx, k);
      }
      const v = value.run(x[k], ctx);
      if (v === FAIL) return at(ctx, k);
      out[k] = v;
    }
    return out;
  },
});

export const maxEntries = <T extends object>(n: number, message = "maxEntries") =>
  action<T>((v) => Object.keys(v).length <= n, message, n);
