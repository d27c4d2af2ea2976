/**
 * Splits a chart label into at most `lines` lines of up to `width` characters,
 * breaking between words. What still does not fit ends in "…"; the table
 * under every chart always has the whole label.
 */
export function wrapLabel(label: string, width: number, lines: number): string[] {
  const cut = (text: string) => `${text.slice(0, width - 1)}…`;
  const out: string[] = [];
  let line = "";
  for (const word of label.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  out.push(line);
  const fitted = out.map((l) => (l.length > width ? cut(l) : l));
  if (fitted.length <= lines) return fitted;
  const last = fitted[lines - 1]!;
  return [...fitted.slice(0, lines - 1), last.length < width ? `${last}…` : cut(last)];
}
