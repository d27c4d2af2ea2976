/**
 * A random id for a record. crypto.randomUUID exists only in secure contexts
 * (HTTPS or localhost); elsewhere a random base-36 id is unique enough here.
 */
export const newId = (): string =>
  crypto.randomUUID?.() ?? Date.now().toString(36) + Math.random().toString(36).slice(2);
