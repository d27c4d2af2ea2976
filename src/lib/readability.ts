/**
 * Plain-language checks for articles: word counts and the Flesch–Kincaid
 * grade level. Written here (not a package) because the maths is three lines
 * and the MDX-to-prose step is specific to our components.
 */

/** Turns an MDX article body into the prose a reader reads. */
export function mdxToProse(source: string): string {
  let text = source.replace(/^---\n[\s\S]*?\n---\n?/, "");
  text = text
    .replace(/^(import|export)\s.*$/gm, "")
    .replace(/```[\s\S]*?```/g, "")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    // Citations are read as "(Author, year)", not as prose words.
    .replace(/<Cite\b[^>]*\/>/g, "")
    .replace(/<\/?[A-Za-z][^>]*>/g, "\n")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/[*_`]/g, "");
  // Rebuild paragraphs: wrapped lines join up; blank lines, list items and
  // headings start a new unit, and every unit ends a sentence.
  const units: string[] = [];
  let current = "";
  const flush = () => {
    if (current) units.push(current);
    current = "";
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || /^[-|:\s]+$/.test(line)) {
      flush();
      continue;
    }
    if (/^#{1,6}\s/.test(line)) {
      flush();
      continue;
    }
    if (/^([-*+]|\d+\.)\s+/.test(line) || /^>/.test(line)) {
      flush();
      current = line.replace(/^([-*+]|\d+\.)\s+/, "").replace(/^>\s*/, "");
      continue;
    }
    current = current ? `${current} ${line}` : line;
  }
  flush();
  const out = units.map((u) => (/[.!?:;]["')”’]?$/.test(u) ? u : `${u}.`));
  return out.join(" ");
}

export function words(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
}

export function countWords(text: string): number {
  return words(text).length;
}

/** A heuristic English syllable count, good enough for grade estimates. */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0] ?? "");
  w = w.replace(/^y/, "");
  const groups = w.match(/[aeiouy]+/g);
  return Math.max(1, groups ? groups.length : 1);
}

export function countSentences(text: string): number {
  const parts = text.split(/[.!?]+(?=\s|$)/).filter((s) => words(s).length > 0);
  return Math.max(1, parts.length);
}

/** Flesch–Kincaid grade level: 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59. */
export function fleschKincaidGrade(text: string): number {
  const ws = words(text).filter((w) => /[A-Za-z]/.test(w));
  if (ws.length === 0) return 0;
  const syl = ws.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (ws.length / countSentences(text)) + 11.8 * (syl / ws.length) - 15.59;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
