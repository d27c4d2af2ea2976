import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { StorageNotices } from "../shared/StorageNotices";
import { thoughtRecord } from "../../stores/thought-record";
import { useFocusLater } from "../shared/focus";

/*
 * What both pages of the thought record share: where focus goes after a
 * render, asking before anything is deleted, and the frame around a screen.
 */

/** The words of a question asked before anything is deleted. */
export interface Question {
  title: string;
  text: string;
  yes: string;
  no: string;
}

/**
 * Focus after the next render: `focusLater(id)`. Asks
 * before anything is deleted: `ask` shows the question and moves focus to its
 * "yes" button; "no" or Escape puts focus back where it was.
 */
export function useScreen(initialFocus: string | null = null) {
  const focus = useFocusLater(initialFocus);
  const [q, setQ] = useState<(Question & { run: () => void; returnTo: string }) | null>(null);
  const answer = (yes: boolean) => {
    setQ(null);
    if (yes) q!.run();
    else focus(q!.returnTo);
  };
  const ask = (question: Question, returnTo: string, run: () => void) => {
    focus("tr-confirm-yes");
    setQ({ ...question, returnTo, run });
  };
  const box = q && (
    <div
      class="card tr-confirm"
      role="alertdialog"
      aria-labelledby="tr-confirm-h"
      aria-describedby="tr-confirm-text"
      onKeyDown={(e) => e.key === "Escape" && answer(false)}
    >
      <h3 id="tr-confirm-h">{q.title}</h3>
      <p id="tr-confirm-text">{q.text}</p>
      <div class="tr-actions">
        <button type="button" id="tr-confirm-yes" onClick={() => answer(true)}>
          {q.yes}
        </button>
        <button type="button" class="secondary" onClick={() => answer(false)}>
          {q.no}
        </button>
      </div>
    </div>
  );
  return { focusLater: focus, ask, box, close: () => setQ(null) };
}

/** A screen: the storage notices, a status line for what just happened, the screen, a question. */
export const Frame = (p: {
  message: string;
  box: ComponentChildren;
  children: ComponentChildren;
}) => (
  <div class="tr">
    <StorageNotices store={thoughtRecord} />
    <p role="status" class="tr-message">
      {p.message}
    </p>
    {p.children}
    {p.box}
  </div>
);
