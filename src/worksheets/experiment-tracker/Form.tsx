import { useEffect, useState } from "preact/hooks";
import type { TargetedEvent, TargetedSubmitEvent } from "preact";
import {
  checkDraft,
  countText,
  RATING_FIELDS,
  type DraftField,
  type ExperimentDraft,
  type FieldErrors,
} from "./record";
import type { Step } from "./labels";
import type { W } from "../../engine/ui/question";
import { sameDraft } from "./view";
import { RITUALS_MAX } from "./schema";
import { data } from "./data";
import { useFocusLater } from "../../engine/core/focus";

export type FormMode = "new" | "edit" | "record";

interface Props {
  mode: FormMode;
  initial: ExperimentDraft;
  /** A kind prompt shown above the form (a template, or a next experiment). */
  hint?: string;
  onSave: (draft: ExperimentDraft, next: boolean) => void;
  onCancel: (draft: ExperimentDraft) => void;
  onStatus: (message: string) => void;
  /** The worksheet's words, and the locale numbers are written in. */
  w: W;
  locale: string;
}

const fid = (f: string) => `exp-f-${f}`;
const { words, before, after } = data;
const ORDER = [...before, ...after].flatMap((s) => s.fields);
const AFTER_FIELDS: string[] = after.flatMap((s) => s.fields);

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(" ") || undefined;

const HEADINGS = { new: "headingsNew", edit: "headingsEdit", record: "headingsRecord" } as const;

/** The character counter, once a text is near its limit. */
function counter(id: string, text: string, locale: string) {
  const c = countText(text, { ...data.messages, locale });
  return (
    c.visible && (
      <p id={`${id}-count`} class={c.over ? "ws-counter ws-over" : "ws-counter"}>
        {c.message}
      </p>
    )
  );
}

const fieldError = (id: string, error?: string) =>
  error && (
    <p id={`${id}-err`} class="field-error">
      {error}
    </p>
  );

export function ExperimentForm({
  mode,
  initial,
  hint,
  onSave,
  onCancel,
  onStatus,
  w,
  locale,
}: Props) {
  const check = (d: ExperimentDraft) => checkDraft(d, { ...data.messages, locale });
  const count = (text: string) => countText(text, { ...data.messages, locale });
  const [draft, setDraft] = useState<ExperimentDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [showAfter, setShowAfter] = useState(mode !== "new");
  /**
   * Where focus goes after the next render: first the heading (or "after"),
   * later a field with a message, a new row…
   */
  const focusNext = useFocusLater(mode === "record" ? "exp-after-h" : "exp-form-h");

  // Ask before the page is closed or reloaded with unsaved changes.
  useEffect(() => {
    if (sameDraft(draft, initial)) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [draft]);

  const recheck = (f: DraftField, d: ExperimentDraft) => {
    setErrors((e) => ({ ...e, [f]: check(d)[f] }));
  };
  const set = (f: DraftField | "predictionCameTrue", value: string | string[], focus?: string) => {
    const d = { ...draft, [f]: value };
    setDraft(d);
    if (focus) focusNext(focus);
    // Once a field has a message, it updates as the person fixes it.
    if (f !== "predictionCameTrue" && errors[f]) recheck(f, d);
  };

  function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const found = check(draft);
    setErrors(found);
    const bad = ORDER.filter((f) => f in found);
    if (bad.length > 0) {
      if (bad.some((f) => AFTER_FIELDS.includes(f))) setShowAfter(true);
      const first = bad[0]!;
      focusNext(fid(first === "ritualsToDrop" ? "ritualsToDrop-0" : first));
      onStatus(w("fix", { count: bad.length }));
      return;
    }
    onSave(draft, (e.submitter as HTMLButtonElement | null)?.name === "next");
  }

  /** A text, rating or date field: label, hint, message, input and counter. */
  function textField(f: Exclude<DraftField, "ritualsToDrop">) {
    const fw: { label: string; hint?: string } = words[f];
    const id = fid(f);
    const value = draft[f];
    const error = errors[f];
    const rating = (RATING_FIELDS as readonly string[]).includes(f);
    const props = {
      id,
      value,
      "aria-invalid": error ? ("true" as const) : undefined,
      "aria-describedby": describedBy(
        fw.hint && `${id}-hint`,
        error && `${id}-err`,
        !rating && count(value).visible && `${id}-count`,
      ),
      onInput: (e: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        set(f, e.currentTarget.value),
      onBlur: rating ? () => recheck(f, draft) : undefined,
    };
    return (
      <div class="ws-field" key={f}>
        <label for={id}>
          {fw.label}
          {f === "belief" && <span class="ws-required">{w("required")}</span>}
        </label>
        {fw.hint && (
          <p id={`${id}-hint`} class="ws-hint">
            {fw.hint}
          </p>
        )}
        {fieldError(id, error)}
        {rating ? (
          <input {...props} type="text" inputMode="numeric" autoComplete="off" class="ws-rating" />
        ) : f === "plannedDate" ? (
          <input {...props} type="date" />
        ) : f === "when" || f === "where" ? (
          <input {...props} type="text" />
        ) : (
          <textarea {...props} rows={3} aria-required={f === "belief" ? "true" : undefined} />
        )}
        {!rating && counter(id, value, locale)}
      </div>
    );
  }

  function rituals() {
    const list = draft.ritualsToDrop;
    const id = fid("ritualsToDrop");
    const put = (next: string[], focus?: string) => set("ritualsToDrop", next, focus);
    return (
      <fieldset
        class="exp-rituals"
        key="rituals"
        aria-describedby={describedBy(`${id}-hint`, errors.ritualsToDrop && `${id}-err`)}
      >
        <legend>{words.ritualsToDrop.label}</legend>
        <p id={`${id}-hint`} class="ws-hint">
          {words.ritualsToDrop.hint}
        </p>
        {fieldError(id, errors.ritualsToDrop)}
        <ol>
          {list.map((r, i) => (
            <li key={i}>
              <label for={`${id}-${i}`} class="visually-hidden">
                {w("ritual", { n: i + 1 })}
              </label>
              <input
                id={`${id}-${i}`}
                type="text"
                value={r}
                aria-describedby={count(r).visible ? `${id}-${i}-count` : undefined}
                onInput={(e) => put(list.map((x, j) => (j === i ? e.currentTarget.value : x)))}
              />{" "}
              <button
                type="button"
                class="secondary"
                onClick={() =>
                  put(
                    list.filter((_, j) => j !== i),
                    list.length > 1 ? `${id}-${Math.min(i, list.length - 2)}` : `${id}-add`,
                  )
                }
              >
                {w("remove")}
                <span class="visually-hidden">{w("removeRitual", { n: i + 1 })}</span>
              </button>
              {counter(`${id}-${i}`, r, locale)}
            </li>
          ))}
        </ol>
        {list.length < RITUALS_MAX ? (
          <button
            type="button"
            class="secondary"
            id={`${id}-add`}
            onClick={() => put([...list, ""], `${id}-${list.length}`)}
          >
            {list.length ? w("addAnother") : w("addOne")}
            <span class="visually-hidden">{w("ritualName")}</span>
          </button>
        ) : (
          <p class="ws-hint">{w("ritualsFull")}</p>
        )}
      </fieldset>
    );
  }

  function prediction() {
    return (
      <fieldset key="prediction" aria-describedby="exp-pred-hint">
        <legend>{data.question}</legend>
        <p id="exp-pred-hint" class="ws-hint">
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
              onClick={() => set("predictionCameTrue", "", fid("predictionCameTrue"))}
            >
              {w("clear")}
            </button>
          )}
        </div>
      </fieldset>
    );
  }

  const steps = (list: readonly Step[], start: number) =>
    list.map((s, i) => (
      <div class="exp-step" key={s.title}>
        <h4>
          {start + i}. {s.title}
        </h4>
        {s.fields.map((f) =>
          f === "ritualsToDrop"
            ? rituals()
            : f === "predictionCameTrue"
              ? prediction()
              : textField(f),
        )}
      </div>
    ));

  return (
    <form class="exp-form" noValidate onSubmit={submit} aria-labelledby="exp-form-h">
      <h2 id="exp-form-h" tabIndex={-1}>
        {w(HEADINGS[mode])}
      </h2>
      {hint && <p class="exp-prompt">{hint}</p>}
      <p class="ws-hint">{w("formIntro")}</p>

      <fieldset class="exp-part">
        <legend>
          <h3>{w("before")}</h3>
        </legend>
        {steps(before, 1)}
      </fieldset>

      {showAfter ? (
        <fieldset class="exp-part">
          <legend>
            <h3 id="exp-after-h" tabIndex={-1}>
              {w("after")}
            </h3>
          </legend>
          {steps(after, before.length + 1)}
          <div class="exp-step">
            <h4>
              {before.length + after.length + 1}. {w("nextHeading")}
            </h4>
            <p class="ws-hint" id="exp-next-hint">
              {w("nextHint")}
            </p>
            <button type="submit" name="next" class="secondary" aria-describedby="exp-next-hint">
              {w("saveAndNext")}
            </button>
          </div>
        </fieldset>
      ) : (
        <div class="card exp-later">
          <h3>{w("after")}</h3>
          <p>{w("later")}</p>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              focusNext("exp-after-h");
              setShowAfter(true);
            }}
          >
            {w("already")}
          </button>
        </div>
      )}

      <div class="ws-actions">
        <button type="submit">{w("save")}</button>
        <button type="button" class="secondary" id="exp-cancel" onClick={() => onCancel(draft)}>
          {w("cancel")}
        </button>
      </div>
    </form>
  );
}
