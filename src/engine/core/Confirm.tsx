import { useLayoutEffect, useRef, useState } from "preact/hooks";

/** The words of a question asked before something is deleted. */
export interface Question {
  title: string;
  /** Names exactly what will go. */
  text: string;
  yes: string;
  no: string;
}

interface Props {
  /** Prefix of the heading, text and yes-button ids. */
  id: string;
  ask: Question;
  answer: (yes: boolean) => void;
  /** Classes for the box (after "card") and for its row of buttons. */
  box: string;
  actions: string;
}

/**
 * Asks before something is deleted, naming what will go. A native modal
 * `<dialog>`: the browser keeps focus inside it, makes the page behind it
 * inert, and turns Escape into "no".
 */
export function Confirm({ id, ask, answer, box, actions }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      class={`card confirm ${box}`}
      role="alertdialog"
      aria-labelledby={`${id}-h`}
      aria-describedby={`${id}-text`}
      onCancel={(e) => {
        e.preventDefault();
        answer(false);
      }}
    >
      <h3 id={`${id}-h`}>{ask.title}</h3>
      <p id={`${id}-text`}>{ask.text}</p>
      <div class={actions}>
        <button type="button" id={`${id}-yes`} autoFocus onClick={() => answer(true)}>
          {ask.yes}
        </button>
        <button type="button" class="secondary" onClick={() => answer(false)}>
          {ask.no}
        </button>
      </div>
    </dialog>
  );
}

/**
 * The state behind a Confirm box. `ask(question, back, run)` opens it with
 * focus on its "yes"; "yes" runs `run`, while "no" or Escape puts focus back
 * on the element whose id is `back`. `box` is the dialog to render, or null.
 */
export function useConfirm(
  focusLater: (id: string) => void,
  id: string,
  classes: { box: string; actions: string },
) {
  const [q, setQ] = useState<(Question & { run: () => void; back: string }) | null>(null);
  const answer = (yes: boolean) => {
    setQ(null);
    if (yes) q!.run();
    else focusLater(q!.back);
  };
  return {
    ask(question: Question, back: string, run: () => void) {
      setQ({ ...question, back, run });
    },
    close: () => setQ(null),
    box: q && <Confirm key={q.title + q.text} id={id} ask={q} answer={answer} {...classes} />,
  };
}
