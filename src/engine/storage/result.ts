import type { Vars } from "../core/words";

/** Why a stored value or an import could not be used. Every failure is one of these; nothing throws. */
export type DataErrorKind =
  | "not-json"
  | "wrong-app"
  | "future-version"
  | "invalid"
  | "too-large"
  | "unsafe-key"
  | "unknown-worksheet";

export interface DataError {
  kind: DataErrorKind;
  /**
   * The plain sentence a person can act on, as a key of the import page's
   * words (src/islands/my-data/words/import.<locale>.json) with its values:
   * only that page shows it, so the wording stays out of every other page's JavaScript.
   */
  say: string;
  vars?: Vars;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DataError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(kind: DataErrorKind, say: string, vars?: Vars): Result<T> => ({
  ok: false,
  error: { kind, say, ...(vars ? { vars } : {}) },
});
