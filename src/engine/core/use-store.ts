import type { ReadableAtom } from "nanostores";
import { useEffect, useState } from "preact/hooks";

/**
 * Subscribes a component to a nanostores store. @nanostores/preact does the
 * same and more (key filters, SSR, batching), but it pulls in ~0.4 KB gzipped
 * of code these client-only islands never use, on every worksheet page.
 */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useState({});
  useEffect(() => {
    // Listen first, then catch a change made between the render and now.
    const seen = store.get();
    const off = store.listen(() => rerender({}));
    if (store.get() !== seen) rerender({});
    return off;
  }, [store]);
  return store.get();
}
