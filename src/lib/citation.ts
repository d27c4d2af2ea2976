/**
 * APA 7 citation formatting, kept pure so it can be unit-tested without a
 * build. The reference data itself lives in content/references.json.
 */
export interface CitableWork {
  authors: readonly string[];
  editors?: boolean;
  year: number;
  title: string;
  journal?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  publisher?: string;
  doi?: string;
}

const familyName = (author: string) => author.split(",")[0]!.trim();

/** In-text form without brackets: "Neff, 2003", "Hewitt & Flett, 1991", "Frost et al., 1990". */
export function inTextCitation(work: CitableWork): string {
  const names = work.authors.map(familyName);
  const who =
    names.length === 1
      ? names[0]
      : names.length === 2
        ? `${names[0]} & ${names[1]}`
        : `${names[0]} et al.`;
  return `${who}, ${work.year}`;
}

/** The author list as APA 7 writes it: "A, B, & C" (up to 20 names). */
export function authorList(authors: readonly string[]): string {
  if (authors.length === 1) return authors[0]!;
  if (authors.length === 2) return `${authors[0]}, & ${authors[1]}`;
  return `${authors.slice(0, -1).join(", ")}, & ${authors[authors.length - 1]}`;
}

/**
 * The parts of a reference-list entry, so a component can italicise the right
 * piece without building HTML strings.
 */
export function referenceParts(work: CitableWork): {
  lead: string;
  italic: string;
  tail: string;
} {
  const who = `${authorList(work.authors)}${work.editors ? " (Eds.)" : ""}`;
  // Initials already end in a period; APA does not double it.
  const lead = `${who}${who.endsWith(".") ? "" : "."} (${work.year}). `;
  if (work.journal) {
    const title = `${work.title}${/[?!.]$/.test(work.title) ? "" : "."} `;
    const issue = work.issue ? `(${work.issue})` : "";
    const pages = work.pages ? `, ${work.pages}` : "";
    return {
      lead: lead + title,
      italic: `${work.journal}${work.volume ? `, ${work.volume}` : ""}`,
      tail: `${issue}${pages}.`,
    };
  }
  return { lead, italic: work.title, tail: `. ${work.publisher ?? ""}.`.replace(" .", ".") };
}

export const doiUrl = (doi: string) => `https://doi.org/${doi}`;

/** The keys an MDX body cites with <Cite k="…" />, in order, repeats included. */
export const citedKeys = (body: string): string[] =>
  [...body.matchAll(/<Cite\s+k="([^"]+)"\s*\/>/g)].map((m) => m[1]!);

/** Reference-list order: first author's family name, then year. */
export const compareReferences = (
  a: { data: Pick<CitableWork, "authors" | "year"> },
  b: { data: Pick<CitableWork, "authors" | "year"> },
): number => a.data.authors[0]!.localeCompare(b.data.authors[0]!) || a.data.year - b.data.year;
