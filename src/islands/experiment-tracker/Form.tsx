import { useEffect, useRef, useState } from "preact/hooks";
import type { TargetedEvent, TargetedSubmitEvent } from "preact";
import {
  counterState,
  RATING_FIELDS,
  validateExperimentDraft,
  type DraftField,
  type ExperimentDraft,
  type FieldErrors,
  type RatingField,
} from "../../lib/experiment-tracker/record";
import type { Step } from "../../lib/experiment-tracker/labels";
import { data } from "./data";
import { RITUALS_MAX } from "../../schemas/stored/experiment-tracker";
import { sameDraft } from "../../lib/experiment-tracker/view";

export type FormMode = "new" | "edit" | "record";

interface Props {
  mode: FormMode;
  initial: ExperimentDraft;
  /** A kind prompt shown above the form (a template, or a next experiment). */
  hint?: string;
  onSave: (draft: ExperimentDraft, next: boolean) => void;
  onCancel: (draft: ExperimentDraft) => void;
  onStatus: (message: string) => void;
}

const fid = (f: string) => `exp-f-${f}`;
const isRating = (f: string): f is RatingField => (RATING_FIELDS as readonly string[]).includes(f);
const { words, before, after } = data;
const ORDER = [...before, ...after].flatMap((s) => s.fields);
const AFTER_FIELDS = new Set<string>(after.flatMap((s) => s.fields));
const HEADINGS = {
  new: "Plan an experiment",
  edit: "Edit this experiment",
  record: "Record what happened",
};

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(" ") || undefined;

function Counter({ id, text }: { id: string; text: string }) {
  const c = counterState(text);
  return c.visible ? (
    <p id={`${id}-count`} class={c.over ? "exp-counter exp-over" : "exp-counter"}>
      {c.message}
    </p>
  ) : null;
}

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-err`} class="exp-error">
      {error}
    </p>
  ) : null;
}

export function ExperimentForm({ mode, initial, hint, onSave, onCancel, onStatus }: Props) {
  const [draft, setDraft] = useState<ExperimentDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [showAfter, setShowAfter] = useState(mode !== "new");
  /** Where focus goes after the next render (a field with a message, a new row…). */
  const focusNext = useRef<string | null>(null);

  // Ask before the page is closed or reloaded with unsaved changes.
  useEffect(() => {
    if (sameDraft(draft, initial)) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [draft]);

  useEffect(() => {
    document.getElementById(mode === "record" ? "exp-after-h" : "exp-form-h")?.focus();
  }, []);
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const recheck = (f: DraftField, d: ExperimentDraft) => {
    setErrors((e) => ({ ...e, [f]: validateExperimentDraft(d)[f] }));
  };
  const set = (f: DraftField | "predictionCameTrue", value: string | string[]) => {
    const d = { ...draft, [f]: value };
    setDraft(d);
    // Once a field has a message, it updates as the person fixes it.
    if (f !== "predictionCameTrue" && errors[f]) recheck(f, d);
  };

  function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const found = validateExperimentDraft(draft);
    setErrors(found);
    const bad = ORDER.filter((f) => f in found);
    if (bad.length > 0) {
      if (bad.some((f) => AFTER_FIELDS.has(f))) setShowAfter(true);
      const first = bad[0]!;
      focusNext.current = first === "ritualsToDrop" ? fid("ritualsToDrop-0") : fid(first);
      onStatus(
        `Nothing is saved yet: ${bad.length === 1 ? "one answer needs" : `${bad.length} answers need`} a small change. The message is next to ${bad.length === 1 ? "it" : "each one"}.`,
      );
      return;
    }
    onSave(draft, (e.submitter as HTMLButtonElement | null)?.name === "next");
  }

  function textField(f: Exclude<DraftField, "ritualsToDrop" | "plannedDate">) {
    const w = words[f];
    const id = fid(f);
    const value = draft[f];
    const error = errors[f];
    const rating = isRating(f);
    const props = {
      id,
      value,
      "aria-invalid": error ? ("true" as const) : undefined,
      "aria-describedby": describedBy(
        w.hint && `${id}-hint`,
        error && `${id}-err`,
        !rating && counterState(value).visible && `${id}-count`,
      ),
      onInput: (e: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        set(f, e.currentTarget.value),
      onBlur: rating ? () => recheck(f, draft) : undefined,
    };
    return (
      <div class="exp-field" key={f}>
        <label for={id}>
          {w.label}
          {f === "belief" && <span class="exp-required"> (required)</span>}
        </label>
        {w.hint && (
          <p id={`${id}-hint`} class="exp-hint">
            {w.hint}
          </p>
        )}
        <FieldError id={id} error={error} />
        {rating ? (
          <input {...props} type="text" inputMode="numeric" autoComplete="off" class="exp-rating" />
        ) : f === "when" || f === "where" ? (
          <input {...props} type="text" />
        ) : (
          <textarea {...props} rows={3} aria-required={f === "belief" ? "true" : undefined} />
        )}
        {!rating && <Counter id={id} text={value} />}
      </div>
    );
  }

  function rituals() {
    const list = draft.ritualsToDrop;
    const w = words.ritualsToDrop;
    const id = fid("ritualsToDrop");
    const setItem = (i: number, v: string) =>
      set(
        "ritualsToDrop",
        list.map((r, j) => (j === i ? v : r)),
      );
    return (
      <fieldset
        class="exp-rituals"
        key="rituals"
        aria-describedby={describedBy(`${id}-hint`, errors.ritualsToDrop && `${id}-err`)}
      >
        <legend>{w.label}</legend>
        <p id={`${id}-hint`} class="exp-hint">
          {w.hint}
        </p>
        <FieldError id={id} error={errors.ritualsToDrop} />
        <ol>
          {list.map((r, i) => (
            <li key={i}>
              <label for={`${id}-${i}`} class="visually-hidden">
                Ritual or safety behavior {i + 1}
              </label>
              <input
                id={`${id}-${i}`}
                type="text"
                value={r}
                aria-describedby={counterState(r).visible ? `${id}-${i}-count` : undefined}
                onInput={(e) => setItem(i, e.currentTarget.value)}
              />{" "}
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  focusNext.current =
                    list.length > 1 ? `${id}-${Math.min(i, list.length - 2)}` : `${id}-add`;
                  set(
                    "ritualsToDrop",
                    list.filter((_, j) => j !== i),
                  );
                }}
              >
                Remove<span class="visually-hidden"> ritual {i + 1}</span>
              </button>
              <Counter id={`${id}-${i}`} text={r} />
            </li>
          ))}
        </ol>
        {list.length < RITUALS_MAX ? (
          <button
            type="button"
            class="secondary"
            id={`${id}-add`}
            onClick={() => {
              focusNext.current = `${id}-${list.length}`;
              set("ritualsToDrop", [...list, ""]);
            }}
          >
            Add {list.length ? "another" : "one"}
            <span class="visually-hidden">ritual or safety behavior</span>
          </button>
        ) : (
          <p class="exp-hint">That's the most one experiment can hold.</p>
        )}
      </fieldset>
    );
  }

  function prediction() {
    return (
      <fieldset key="prediction" aria-describedby="exp-pred-hint">
        <legend>{data.question}</legend>
        <p id="exp-pred-hint" class="exp-hint">
          {data.questionHint}
        </p>
        <div class="exp-choices">
          {data.answers.map((a, i) => (
            <label key={a.value}>
              <input
                id={i === 0 ? fid("predictionCameTrue") : undefined}
                type="radio"
                name="predictionCameTrue"
                value={a.value}
                checked={draft.predictionCameTrue === a.value}
                onChange={() => set("predictionCameTrue", a.value)}
              />{" "}
              {a.label}
            </label>
          ))}
          {draft.predictionCameTrue && (
            <button
              type="button"
              class="secondary"
              onClick={() => {
                focusNext.current = fid("predictionCameTrue");
                set("predictionCameTrue", "");
              }}
            >
              Clear this answer
            </button>
          )}
        </div>
      </fieldset>
    );
  }

  const field = (f: Step["fields"][number]) =>
    f === "ritualsToDrop" ? (
      rituals()
    ) : f === "predictionCameTrue" ? (
      prediction()
    ) : f === "plannedDate" ? (
      <div class="exp-field" key={f}>
        <label for={fid(f)}>{words.plannedDate.label}</label>
        <FieldError id={fid(f)} error={errors.plannedDate} />
        <input
          id={fid(f)}
          type="date"
          value={draft.plannedDate}
          aria-invalid={errors.plannedDate ? "true" : undefined}
          aria-describedby={errors.plannedDate ? `${fid(f)}-err` : undefined}
          onInput={(e) => set("plannedDate", e.currentTarget.value)}
        />
      </div>
    ) : (
      textField(f)
    );

  const steps = (list: readonly Step[], start: number) =>
    list.map((s, i) => (
      <div class="exp-step" key={s.title}>
        <h4>
          {start + i}. {s.title}
        </h4>
        {s.fields.map(field)}
      </div>
    ));

  return (
    <form class="exp-form" noValidate onSubmit={submit} aria-labelledby="exp-form-h">
      <h2 id="exp-form-h" tabIndex={-1}>
        {HEADINGS[mode]}
      </h2>
      {hint && <p class="exp-prompt">{hint}</p>}
      <p class="exp-hint">
        Only the belief is required. Skip anything that doesn't fit, and come back to it whenever
        you like.
      </p>

      <fieldset class="exp-part">
        <legend>
          <h3>Before the experiment</h3>
        </legend>
        {steps(before, 1)}
      </fieldset>

      {showAfter ? (
        <fieldset class="exp-part">
          <legend>
            <h3 id="exp-after-h" tabIndex={-1}>
              After the experiment
            </h3>
          </legend>
          {steps(after, before.length + 1)}
          <div class="exp-step">
            <h4>{before.length + after.length + 1}. A next experiment</h4>
            <p class="exp-hint" id="exp-next-hint">
              Want to build on this one? Save and start a next experiment. Your belief, the other
              view, your latest ratings and the rituals carry over.
            </p>
            <button type="submit" name="next" class="secondary" aria-describedby="exp-next-hint">
              Save and plan a next experiment
            </button>
          </div>
        </fieldset>
      ) : (
        <div class="card exp-later">
          <h3>After the experiment</h3>
          <p>
            Save your plan now. After you've tried it, come back and choose “Record what happened”.
          </p>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              focusNext.current = "exp-after-h";
              setShowAfter(true);
            }}
          >
            I've already done it: add what happened
          </button>
        </div>
      )}

      <div class="exp-actions">
        <button type="submit">Save</button>
        <button type="button" class="secondary" id="exp-cancel" onClick={() => onCancel(draft)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
