// Space used in the browser's storage, for My data and the archive offer.

/**
 * localStorage's space for one site, counted in characters of keys and values:
 * Chromium and Firefox allow 5 × 1024 × 1024 (measured in Chromium by filling
 * it); Safari about the same. Most text here is plain ASCII, so a character is
 * about a byte in a file.
 */
export const QUOTA_CHARS = 5 * 1024 * 1024;

/** Past this share of the quota, worksheets and My data offer to archive older entries. */
export const ARCHIVE_AT = 0.7;

/** The space a key and its value take, in the units the quota counts. */
export const usedChars = (key: string, value: string) => key.length + value.length;
