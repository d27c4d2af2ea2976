import { useLayoutEffect, useRef } from "preact/hooks";

/** Moves focus to the element with this id; false while there is no such element yet. */
export function focusOn(id: string | null | undefined): boolean {
  const el = id ? document.getElementById(id) : null;
  el?.focus();
  return !!el;
}

/**
 * Returns `focusLater(id)`: focus moves to that element after the render the
 * change causes. A layout effect, because a plain effect can run late, just
 * before the next render, and look for an element that render has not made
 * yet. The id is kept until its element exists: a store update may render
 * first, before the change that shows the element.
 */
export function useFocusLater(initial: string | null = null) {
  const target = useRef(initial);
  useLayoutEffect(() => {
    if (focusOn(target.current)) target.current = null;
  });
  return (id: string | null) => {
    target.current = id;
  };
}
