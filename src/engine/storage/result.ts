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
  /** A plain sentence a person can act on. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DataError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(kind: DataErrorKind, message: string): Result<T> => ({
  ok: false,
  error: { kind, message },
});
