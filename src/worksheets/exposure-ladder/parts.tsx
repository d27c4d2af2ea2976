import type { ComponentChildren, JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { exposureLadder } from "./store";
import type { ExposureLadderRecord, StepRecord } from "./schema";
import { deleteQuestion, idsToRemove, type DeleteWords } from "./view";
import { fill, shortLabel } from "./ladder";
import { worksheetPartPath, worksheetPath } from "../../engine/core/routes";
import { useFocusLater } from "../../engine/core/focus";

/** The pieces both exposure-ladder screens share: fields, forms, the question asked first. */

/** The worksheet's own pages. */
export const LADDERS = worksheetPath("exposure-ladder");
export const ladderHref = (id: string) => `${LADDERS}?ladder=${encodeURIComponent(id)}`;
export const practiceHref = (stepId: string) =>
  `${worksheetPartPath("exposure-ladder", "practice")}?step=${encodeURIComponent(stepId)}`;

/** Words the forms and the question need. */
export interface SharedWords extends DeleteWords {
  cancel: string;
  edit: string;
  delete: string;
  fixOne: string;
  fixMany: string;
  keep: string;
  yesDelete: string;
  mastered: string;
  marked: string;
  unmarked: string;
  leave: { title: string; text: string; yes: string; no: string };
}

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
    <div class="el-field">
      <label for={id}>{p.label}</label>
      {hint && (
        <p id={`${id}-hint`} class="el-hint">
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
          class={kind === "rating" ? "el-rating" : undefined}
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
  w: SharedWords;
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
      setStatus(bad.length === 1 ? w.fixOne : fill(w.fixMany, bad.length));
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
      <p role="status" class="el-form-status">
        {status}
      </p>
      <div class="el-actions">
        <button type="submit">{p.label}</button>
        {p.cancel && (
          <button
            type="button"
            class="secondary"
            id={`${prefix}-cancel`}
            onClick={() => p.cancel!(dirty)}
          >
            {w.cancel}
          </button>
        )}
      </div>
    </form>
  );
}

/** A question asked before anything is lost. */
export interface Question {
  title: string;
  text: string;
  yes: string;
  no: string;
  run: () => void;
  /** Where focus goes back to on "no". */
  back: string;
  /** Which item the question is about, so it shows right there. */
  at: string;
}

/**
 * Asks first: the question shows beside the item, focus moves to "yes",
 * Escape or "no" changes nothing and focus goes back.
 */
export function useQuestion(focusLater: (id: string) => void, w: SharedWords) {
  const [q, setQ] = useState<Question | null>(null);
  const answer = (yes: boolean) => {
    setQ(null);
    if (yes) q!.run();
    else focusLater(q!.back);
  };
  const ask = (question: Question) => {
    setQ(question);
    focusLater("el-confirm-yes");
  };
  return {
    ask,
    /** Closes a form, asking first when it has unsaved changes. */
    leave(dirty: boolean, back: string, at: string, close: () => void) {
      if (dirty) ask({ ...w.leave, back, at, run: close });
      else close();
    },
    questionAt: (at: string) =>
      q?.at === at && (
        <div
          class="card el-confirm"
          role="alertdialog"
          aria-labelledby="el-confirm-h"
          aria-describedby="el-confirm-text"
          onKeyDown={(e) => e.key === "Escape" && answer(false)}
        >
          <p id="el-confirm-h" class="el-confirm-title">
            {q.title}
          </p>
          <p id="el-confirm-text">{q.text}</p>
          <div class="el-actions">
            <button type="button" id="el-confirm-yes" onClick={() => answer(true)}>
              {q.yes}
            </button>
            <button type="button" class="secondary" onClick={() => answer(false)}>
              {q.no}
            </button>
          </div>
        </div>
      ),
  };
}

/**
 * The question before deleting a ladder, step or practice, naming what goes
 * with it (deleteQuestion); "yes" deletes them all, then calls `done`.
 */
export const deleting = (
  records: readonly ExposureLadderRecord[],
  id: string,
  w: SharedWords,
  back: string,
  done: () => void,
): Question => ({
  ...deleteQuestion(records, id, w)!,
  yes: w.yesDelete,
  no: w.keep,
  back,
  at: id,
  run() {
    idsToRemove(exposureLadder.$records.get(), id).forEach((x) => exposureLadder.remove(x));
    done();
  },
});

/** Edit and Delete for an item in a list, named for it; Delete asks first. */
export function ItemActions(p: {
  id: string;
  /** What tells this item apart, for screen readers. */
  name: string;
  records: readonly ExposureLadderRecord[];
  w: SharedWords;
  edit: () => void;
  ask: (q: Question) => void;
  /** After the delete. */
  deleted: () => void;
  children?: ComponentChildren;
}) {
  const { id, name, w } = p;
  return (
    <div class="el-actions no-print">
      {p.children}
      <button type="button" class="secondary" id={`el-e-${id}`} onClick={p.edit}>
        {w.edit}
        <Which name={name} />
      </button>
      <button
        type="button"
        class="secondary"
        id={`el-d-${id}`}
        onClick={() => p.ask(deleting(p.records, id, w, `el-d-${id}`, p.deleted))}
      >
        {w.delete}
        <Which name={name} />
      </button>
    </div>
  );
}

/** Marks a step mastered or not, and says so. */
export function markMastered(step: StepRecord, on: boolean, w: SharedWords): string {
  exposureLadder.update(step.id, {
    mastered: on,
    masteredAt: on ? new Date().toISOString() : undefined,
  });
  return fill(on ? w.marked : w.unmarked, shortLabel(step.description));
}

/** The "Mastered" tick box of a step, named for it. */
export const MasteredBox = (p: {
  step: StepRecord;
  label: ComponentChildren;
  say: (message: string) => void;
  w: SharedWords;
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
  w: { suds: string; unrated: string; drop: string };
  /** Said before the distress, e.g. where the step sits. */
  lead?: string;
}) => {
  const { step, w } = p;
  return (
    <>
      <p class="el-suds">
        {p.lead}
        {step.expectedSuds === undefined ? w.unrated : fill(w.suds, step.expectedSuds)}
      </p>
      {!!step.ritualsToDrop?.length && (
        <>
          <p class="el-label">{w.drop}:</p>
          <ul class="el-rituals">
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
