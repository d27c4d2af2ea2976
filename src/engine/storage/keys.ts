/** Every localStorage key the site uses is built here, and only here. */
export const KEY_PREFIX = "goodenough:";
const QUARANTINE_PREFIX = `${KEY_PREFIX}quarantine:`;

/**
 * A worksheet's records are kept by the month they were made, one key a
 * month: goodenough:<worksheet>/<YYYY-MM>. A save then rewrites one month,
 * not years of entries. goodenough:<worksheet> alone is the layout before
 * that (everything in one value); it is still read, and moved into months
 * on the next save.
 */
export const storageKey = (worksheet: string) => `${KEY_PREFIX}${worksheet}`;

/** The month part of a record's key, from its createdAt (UTC): "2026-12". */
export const monthOf = (createdAt: string) => createdAt.slice(0, 7);

export const monthKey = (worksheet: string, month: string) => `${storageKey(worksheet)}/${month}`;

/** The month a key holds for this worksheet, "" for the old single key, or null when it is not this worksheet's. */
export function partOf(worksheet: string, key: string): string | null {
  const base = storageKey(worksheet);
  if (key === base) return "";
  if (!key.startsWith(`${base}/`)) return null;
  const month = key.slice(base.length + 1);
  return /^\d{4}-\d\d$/.test(month) ? month : null;
}

/** Where an unreadable value is kept: goodenough:quarantine:<worksheet>:<ISO time>. */
export const quarantineKey = (worksheet: string, at: Date) =>
  `${QUARANTINE_PREFIX}${worksheet}:${at.toISOString()}`;

export interface QuarantineKey {
  key: string;
  worksheet: string;
  at: string;
}

export function parseQuarantineKey(key: string): QuarantineKey | null {
  if (!key.startsWith(QUARANTINE_PREFIX)) return null;
  const rest = key.slice(QUARANTINE_PREFIX.length);
  const i = rest.indexOf(":");
  if (i <= 0) return null;
  return { key, worksheet: rest.slice(0, i), at: rest.slice(i + 1) };
}

/** Small flags such as "notice dismissed", kept apart from worksheet data. */
export const uiKey = (name: string) => `${KEY_PREFIX}ui:${name}`;
