/**
 * Starts Pagefind's own UI on /search/ and runs the query from `?q=`, so the
 * header's plain GET form (0 bytes of JS on reading pages) lands on results.
 */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

export function startSearch(): void {
  const host = document.getElementById("search");
  const UI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
  if (!host || !UI) return;
  const ui = new UI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    autofocus: !new URLSearchParams(location.search).get("q"),
  });
  // Pagefind's input has only a title; give it a real accessible name.
  host.querySelector("input")?.setAttribute("aria-label", "Search articles and answers");
  const q = new URLSearchParams(location.search).get("q")?.trim();
  if (q) ui.triggerSearch(q);
}
