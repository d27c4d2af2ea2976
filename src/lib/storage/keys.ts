/** Every localStorage key the site uses is built here, and only here. */
export const KEY_PREFIX = "goodenough:";
const QUARANTINE_PREFIX = `${KEY_PREFIX}quarantine:`;

export const storageKey = (worksheet: string) => `${KEY_PREFIX}${worksheet}`;

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
