import { useState } from "preact/hooks";

/** Entries a long list shows at first, and adds with each "Show … older". */
export const PAGE = 50;

/**
 * How much of a long list is shown. Years of entries open fast because only
 * the newest page is drawn; the "Show older" button that calls `more` keeps
 * every entry in reach.
 */
export function useMore(page = PAGE) {
  const [count, setCount] = useState(page);
  return { count, more: () => setCount((c) => c + page), reset: () => setCount(page) };
}
