/* Short text helpers the list, the form and the summary share. */

/** Text shortened to about `n` characters at a word break, with "…". */
export function shorten(text: string, n = 90): string {
  const s = text.trim().replace(/\s+/g, " ");
  if (s.length <= n) return s;
  const cut = s.slice(0, n - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > n / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

const whenFormats = new Map<string, Intl.DateTimeFormat>();

/** A stored moment in the person's own time zone, e.g. "Tue, Nov 3, 2026, 9:30 AM". */
export function formatWhen(iso: string, locale?: string, timeZone?: string): string {
  // One formatter per locale and zone: making one per call took most of a long list's opening.
  const key = `${locale ?? ""} ${timeZone ?? ""}`;
  let format = whenFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      weekday: "short",
      month: "short",
      day: "numeric",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
      ...(timeZone ? { timeZone } : {}),
    });
    whenFormats.set(key, format);
  }
  return format.format(new Date(iso));
}
