import type { ComponentChildren } from "preact";
import { StorageNotices } from "../../engine/core/StorageNotices";
import { thoughtRecord } from "./store";
import { useFocusLater } from "../../engine/core/focus";
import { useConfirm } from "../../engine/core/Confirm";

/*
 * What both pages of the thought record share: where focus goes after a
 * render, asking before anything is deleted, and the frame around a screen.
 */

/**
 * Focus after the next render: `focusLater(id)`. Asks
 * before anything is deleted: `ask` shows the question and moves focus to its
 * "yes" button; "no" or Escape puts focus back where it was.
 */
export function useScreen(initialFocus: string | null = null) {
  const focusLater = useFocusLater(initialFocus);
  return {
    focusLater,
    ...useConfirm(focusLater, "tr-confirm", { box: "ws-confirm", actions: "ws-actions" }),
  };
}

/** A screen: the storage notices, a status line for what just happened, the screen, a question. */
export const Frame = (p: {
  message: string;
  box: ComponentChildren;
  children: ComponentChildren;
}) => (
  <div class="ws tr">
    <StorageNotices store={thoughtRecord} />
    <p role="status" class="ws-message">
      {p.message}
    </p>
    {p.children}
    {p.box}
  </div>
);
