import { useEffect, useRef, useState } from "preact/hooks";
import { useFocusLater } from "../core/focus";
import { words } from "../core/words";
import dict from "./words/undo.en.json";

const w = words(dict);

/** How long Undo stays after a deletion while focus and the pointer are elsewhere, in milliseconds. */
export const UNDO_MS = 10_000;

/** Brings the deleted entry back; returns the id of the element to focus then, or "" when it could not. */
export type Undo = () => string;

/**
 * A polite status line after a deletion that names what went and offers Undo
 * for a few seconds. Returns `[offer, view]`: `offer(text, undo)` says `text`
 * and moves focus to the Undo button; put `view` near where the entry was.
 * Undo does not go while it has focus or the pointer over it, and nothing on
 * it moves, so there is no motion to reduce. After Undo, focus goes to the
 * element `undo` names, or stays on the line when nothing came back.
 */
export function useUndo(id: string) {
  const [said, set] = useState<[text: string, undo?: Undo]>([""]);
  const box = useRef<HTMLParagraphElement>(null);
  const focusLater = useFocusLater();
  useEffect(() => {
    // Only while Undo is offered; the line may not be on the page at all (another view is shown).
    if (!said[1]) return;
    const timer = setInterval(
      () => box.current?.matches(":hover,:focus-within") || set([said[0]]),
      UNDO_MS,
    );
    return () => clearInterval(timer);
  }, [said]);
  const view = (
    <p id={id} ref={box} tabIndex={-1} class="ws-undo">
      <span id={`${id}-t`} role="status">
        {said[0]}
      </span>
      {said[1] && (
        <button
          type="button"
          id={`${id}-b`}
          class="secondary"
          aria-describedby={`${id}-t`}
          onClick={() => {
            const to = said[1]!();
            set([w(to ? "undone" : "notUndone")]);
            focusLater(to || id);
          }}
        >
          {w("undo")}
        </button>
      )}
    </p>
  );
  return [
    (text: string, undo: Undo) => {
      set([text, undo]);
      focusLater(`${id}-b`);
    },
    view,
  ] as const;
}
