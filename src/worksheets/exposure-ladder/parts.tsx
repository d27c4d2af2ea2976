import type { ComponentChildren, JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { deleteItem, setMastered } from "./actions";
import type { ExposureLadderRecord, StepRecord } from "./schema";
import { deleteQuestion } from "./view";
import { shortLabel, type Say } from "./ladder";
import { worksheetPartPath, worksheetPath } from "../../engine/core/routes";
import { useFocusLater } from "../../engine/core/focus";
import { useConfirm } from "../../engine/core/Confirm";
import { useUndo } from "../../engine/ui/Undo";

/** The pieces both exposure-ladder screens share: fields, forms, the question asked first. */

/** The worksheet's own pages. */
export const LADDERS = worksheetPath("exposure-ladder");
export const ladderHref = (id: string) => `${LADDERS}?ladder=${encodeURIComponent(id)}`;
export const practiceHref = (stepId: string) =>
  `${worksheetPartPath("exposure-ladder", "practice")}?step=${encodeURIComponent(stepId)}`;

type Kind = "text" | "area" | "rating" | "date";

/** A labelled field with its hint, and its message when something needs changing. */
function Field(p: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  kind: Kind;
  value: string;
  set: (value: string) => void;
}) {
  const { id, hint, error, kind } = p;
  const box = {
    id,
    value: p.value,
    onInput: (e: Event) => p.set((e.currentTarget as HTMLInputElement).value),
    "aria-invalid": error ? ("true" as const) : undefined,
    "aria-describedby":
      [hint && `${id}-hint`, error && `${id}-err`].filter(Boolean).join(" ") || undefined,
  };
  return (
    <div class="ws-field">
      <label for={id}>{p.label}</label>
      {hint && (
        <p id={`${id}-hint`} class="ws-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-err`} class="field-error">
          {error}
        </p>
      )}
      {kind === "area" ? (
        <textarea rows={3} {...box} />
      ) : (
        <input
          {...box}
          type={kind === "date" ? "date" : "text"}
          inputMode={kind === "rating" ? "numeric" : undefined}
          class={kind === "rating" ? "ws-rating" : undefined}
          autoComplete="off"
        />
      )}
    </div>
  );
}

type FieldMaker<D> = (
  k: keyof D & string,
  label: string,
  hint?: string,
  kind?: Kind,
) => JSX.Element;

/**
 * A form over a draft of strings. On submit it checks the draft: messages go
 * next to the fields, focus to the first one, and nothing typed is lost. A
 * field with a message re-checks as it is fixed. Unsaved changes ask before
 * the page closes. `save` returning a message means "added, ready for
 * another": the form empties and says so.
 */
export function DraftForm<D extends { [K in keyof D]: string }>(p: {
  initial: D;
  check: (draft: D) => Partial<Record<string, string>>;
  prefix: string;
  w: Say;
  save: (draft: D) => string | void;
  /** The fields, made with the function given. */
  fields: (field: FieldMaker<D>) => ComponentChildren;
  /** The save button's words. */
  label: string;
  /** Shows a Cancel button; told whether anything changed. */
  cancel?: (dirty: boolean) => void;
  /** The id of the heading that names the form. */
  name?: string;
}) {
  const { initial, check, prefix, w } = p;
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [status, setStatus] = useState("");
  const focusLater = useFocusLater();
  const keys = Object.keys(initial);
  const dirty = keys.some((k) => draft[k as keyof D] !== initial[k as keyof D]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [dirty]);

  const field: FieldMaker<D> = (k, label, hint, kind = "text") => (
    <Field
      id={`${prefix}-${k}`}
      label={label}
      hint={hint}
      error={errors[k]}
      kind={kind}
      value={draft[k]}
      set={(value) => {
        const d = { ...draft, [k]: value };
        setDraft(d);
        if (errors[k]) setErrors({ ...errors, [k]: check(d)[k] });
      }}
    />
  );

  function submit(e: Event) {
    e.preventDefault();
    const found = check(draft);
    const bad = keys.filter((k) => found[k]);
    setErrors(found);
    if (bad.length > 0) {
      setStatus(w("fix", { count: bad.length }));
      focusLater(`${prefix}-${bad[0]}`);
      return;
    }
    const added = p.save(draft);
    setStatus(added ?? "");
    if (added) {
      setDraft(initial);
      focusLater(`${prefix}-${keys[0]}`);
    }
  }

  return (
    <form class="el-form" noValidate onSubmit={submit} aria-labelledby={p.name}>
      {p.fields(field)}
      <p role="status" class="ws-message">
        {status}
      </p>
      <div class="ws-actions">
        <button type="submit">{p.label}</button>
        {p.cancel && (
          <button
            type="button"
            class="secondary"
            id={`${prefix}-cancel`}
            onClick={() => p.cancel!(dirty)}
          >
            {w("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * The one confirmation (a modal dialog), asked before anything is lost:
 * `del` before a delete, naming what goes with it; `leave` before closing a
 * form with unsaved changes. `box` is the dialog to render.
 */
export function useQuestions(focusLater: (id: string) => void, w: Say, locale: string) {
  const { ask, box } = useConfirm(focusLater, "el-confirm", {
    box: "ws-confirm",
    actions: "ws-actions",
  });
  const [offer, undoView] = useUndo("el-undo");
  return {
    box,
    /** Says what was deleted and offers Undo; put it by the screen's status line. */
    undoView,
    /**
     * Asks before deleting a ladder, step or practice; "yes" deletes it all in
     * one write, then `done` says what went, with Undo. Undo brings it all
     * back, and focus goes to `undone()` (by default `back`, the Delete button).
     */
    del(
      records: readonly ExposureLadderRecord[],
      id: string,
      back: string,
      done: () => string,
      undone = () => back,
    ) {
      const q = deleteQuestion(records, id, w, locale);
      if (!q) return;
      ask({ ...q, yes: w("yesDelete"), no: w("keep") }, back, () => {
        const undo = deleteItem(id);
        offer(done(), () => (undo() ? undone() : ""));
      });
    },
    /** Closes a form, asking first when it has unsaved changes. */
    leave(dirty: boolean, back: string, close: () => void) {
      if (!dirty) return close();
      const q = {
        title: w("leaveTitle"),
        text: w("leaveText"),
        yes: w("leaveYes"),
        no: w("leaveNo"),
      };
      ask(q, back, close);
    },
  };
}
export type Questions = ReturnType<typeof useQuestions>;

/** Edit and Delete for an item in a list, named for it; Delete asks first. */
export function ItemActions(p: {
  id: string;
  /** What tells this item apart, for screen readers. */
  name: string;
  records: readonly ExposureLadderRecord[];
  w: Say;
  edit: () => void;
  questions: Questions;
  /** After the delete: what to say went. */
  deleted: () => string;
  children?: ComponentChildren;
}) {
  const { id, name, w } = p;
  return (
    <div class="ws-actions no-print">
      {p.children}
      <button type="button" class="secondary" id={`el-e-${id}`} onClick={p.edit}>
        {w("edit")}
        <Which name={name} />
      </button>
      <button
        type="button"
        class="secondary"
        id={`el-d-${id}`}
        onClick={() => p.questions.del(p.records, id, `el-d-${id}`, p.deleted)}
      >
        {w("delete")}
        <Which name={name} />
      </button>
    </div>
  );
}

/** Marks a step mastered or not, and says so. */
export function markMastered(step: StepRecord, on: boolean, w: Say): string {
  setMastered(step.id, on);
  return w(on ? "marked" : "unmarked", { step: shortLabel(step.description) });
}

/** The "Mastered" tick box of a step, named for it. */
export const MasteredBox = (p: {
  step: StepRecord;
  label: ComponentChildren;
  say: (message: string) => void;
  w: Say;
  /** The id of a hint that describes the box. */
  hint?: string;
}) => (
  <label class="el-check">
    <input
      type="checkbox"
      aria-describedby={p.hint}
      checked={p.step.mastered}
      onChange={(e) => p.say(markMastered(p.step, e.currentTarget.checked, p.w))}
    />{" "}
    {p.label}
  </label>
);

/** Visually hidden words that tell apart buttons repeated on every item: Edit “Send a text”. */
export const Which = ({ name }: { name: string }) => <span class="visually-hidden"> {name}</span>;

/** A step's expected distress and the rituals to drop, as the ladder and its practice log show them. */
export const StepFacts = (p: {
  step: StepRecord;
  w: Say;
  /** Said before the distress, e.g. where the step sits. */
  lead?: string;
}) => {
  const { step, w } = p;
  return (
    <>
      <p class="el-suds">
        {p.lead}
        {step.expectedSuds === undefined ? w("unrated") : w("suds", { suds: step.expectedSuds })}
      </p>
      {!!step.ritualsToDrop?.length && (
        <>
          <p class="el-label">{w("drop")}:</p>
          <ul class="el-rituals ws-text">
            {step.ritualsToDrop.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
};

/** A step's name inside a button or link: “Send a text with a typo”, shortened. */
export const quoted = (s: string) => `“${shortLabel(s)}”`;

/** The link to a step's practice log, named for the step. */
export const PracticeLink = (p: { step: StepRecord; label: string; class?: string }) => (
  <a class={p.class} href={practiceHref(p.step.id)}>
    {p.label}
    <Which name={quoted(p.step.description)} />
  </a>
);

/** How many entries a long list shows at first, and how many more each "Show older" reveals. */
export const PAGE = 50;

/** "Show 50 older …": reveals the next page of a long list; nothing when none are hidden. */
export const ShowOlder = (p: {
  hidden: number;
  label: (count: number) => string;
  more: () => void;
}) =>
  p.hidden > 0 ? (
    <p class="no-print">
      <button type="button" class="secondary" onClick={p.more}>
        {p.label(Math.min(PAGE, p.hidden))}
      </button>
    </p>
  ) : null;
