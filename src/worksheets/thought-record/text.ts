/* Short text helpers the list, the form and the summary share. */

/** Text shortened to about `n` characters at a word break, with "…". */
export function shorten(text: string, n = 90): string {
  const s = text.trim().replace(/\s+/g, " ");
  if (s.length <= n) return s;
  const cut = s.slice(0, n - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > n / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}
