/**
 * Starts Pagefind's own UI on /search/ and runs the query from `?q=`, so the
 * header's plain GET form (0 bytes of JS on reading pages) lands on results.
 */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;
interface Excerpted {
  excerpt?: string;
  sub_results?: Excerpted[];
}

/**
 * An excerpt that starts where a sentence starts. Pagefind cuts a window of
 * words around the match, so an excerpt often begins mid-sentence; this drops
 * the words before the first sentence start that comes before the first match.
 * When there is none, the excerpt is kept, with "…" to show it is cut.
 * Excerpts are Pagefind's HTML: text with <mark> around matches.
 */
export function fromSentenceStart(excerpt: string): string {
  const text = excerpt.trimStart();
  if (!text || /^(<mark>)?["“'(]?[\p{Lu}\d]/u.test(text)) return text;
  const boundary = /[.!?][”"')]?\s+(?=(<mark>)?["“'(]?[\p{Lu}\d])/u.exec(text);
  const firstMark = text.indexOf("<mark>");
  if (!boundary || (firstMark >= 0 && boundary.index > firstMark)) return `…${text}`;
  return text.slice(boundary.index + boundary[0].length);
}

function processResult<T extends Excerpted>(result: T): T {
  if (result.excerpt) result.excerpt = fromSentenceStart(result.excerpt);
  result.sub_results?.forEach(processResult);
  return result;
}

export function startSearch(): void {
  const host = document.getElementById("search");
  const UI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
  if (!host || !UI) return;
  const ui = new UI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    processResult,
    // Longer than Pagefind's 30 words, so that most excerpts still hold a sentence start.
    excerptLength: 40,
    autofocus: !new URLSearchParams(location.search).get("q"),
  });
  // Pagefind's input has only a title; give it a real accessible name.
  host.querySelector("input")?.setAttribute("aria-label", "Search the site");
  const q = new URLSearchParams(location.search).get("q")?.trim();
  if (q) ui.triggerSearch(q);
}
