import { useEffect, useState } from "preact/hooks";
import type { TargetedSubmitEvent } from "preact";
import {
  sameDraft,
  validateEntry,
  type EntryDraft,
  type EntryErrors,
  type Prompt,
} from "./journal";
import { TEXT_MAX } from "../../engine/storage/record";
import { useFocusLater } from "../../engine/core/focus";

interface Props {
  mode: "new" | "edit";
  initial: EntryDraft;
  prompts: readonly Prompt[];
  w: (key: string, vars?: Record<string, string | number>) => string;
  onSave: (draft: EntryDraft) => void;
  onCancel: (draft: EntryDraft) => void;
  onStatus: (message: string) => void;
}

const ids = (...list: (string | false | undefined)[]) =>
  list.filter(Boolean).join(" ") || undefined;
const errorLine = (id: string, error?: string) =>
  error && (
    <p id={`${id}-err`} class="field-error">
      {error}
    </p>
  );

/** The entry form: a date and the four prompts. Nothing is lost when a check fails. */
export function EntryForm({ mode, initial, prompts, w, onSave, onCancel, onStatus }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<EntryErrors>({});
  const focusNext = useFocusLater("scj-form-h");

  // Ask before the page is closed or reloaded with unsaved words.
  useEffect(() => {
    if (sameDraft(draft, initial)) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [draft]);

  const set = (f: keyof EntryDraft, value: string) => {
    const d = { ...draft, [f]: value };
    setDraft(d);
    // A message, once shown, updates as the person fixes it.
    if (Object.keys(errors).length) setErrors(validateEntry(d, w));
  };

  function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const found = validateEntry(draft, w);
    setErrors(found);
    const bad = (["day", "entry", ...prompts.map((p) => p.id)] as const).filter((f) => f in found);
    if (bad.length === 0) return onSave(draft);
    focusNext(`scj-f-${bad[0] === "entry" ? prompts[0]!.id : bad[0]}`);
    onStatus(w("fix", { count: bad.length }));
  }

  const invalid = (error?: string) => (error ? ("true" as const) : undefined);

  return (
    <form class="scj-form" noValidate onSubmit={submit} aria-labelledby="scj-form-h">
      <h2 id="scj-form-h" tabIndex={-1}>
        {w(mode === "new" ? "newH" : "editH")}
      </h2>
      <p class="ws-hint">{w("formIntro")}</p>
      <div class="ws-field">
        <label for="scj-f-day">{w("date")}</label>
        {errorLine("scj-f-day", errors.day)}
        <input
          id="scj-f-day"
          type="date"
          value={draft.day}
          aria-invalid={invalid(errors.day)}
          aria-describedby={ids(errors.day && "scj-f-day-err")}
          onInput={(e) => set("day", e.currentTarget.value)}
        />
      </div>
      <fieldset aria-describedby={ids(errors.entry && "scj-entry-err")}>
        <legend>{w("prompts")}</legend>
        {errors.entry && (
          <p id="scj-entry-err" class="field-error">
            {errors.entry}
          </p>
        )}
        {prompts.map((p) => {
          const id = `scj-f-${p.id}`;
          const value = draft[p.id];
          const error = errors[p.id];
          const left = TEXT_MAX - value.length;
          return (
            <div class="ws-field" key={p.id}>
              <label for={id}>{p.label}</label>
              <p id={`${id}-hint`} class="ws-hint">
                {p.hint}
              </p>
              {errorLine(id, error)}
              <textarea
                id={id}
                rows={4}
                value={value}
                aria-invalid={invalid(error || errors.entry)}
                aria-describedby={ids(
                  `${id}-hint`,
                  error && `${id}-err`,
                  errors.entry && "scj-entry-err",
                  left < 200 && `${id}-count`,
                )}
                onInput={(e) => set(p.id, e.currentTarget.value)}
              />
              {left < 200 && (
                <p id={`${id}-count`} class={left < 0 ? "ws-counter ws-over" : "ws-counter"}>
                  {left < 0 ? w("over", { count: -left }) : w("left", { count: left })}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <div class="ws-actions">
        <button type="submit">{w("save")}</button>
        <button type="button" class="secondary" id="scj-cancel" onClick={() => onCancel(draft)}>
          {w("cancel")}
        </button>
      </div>
    </form>
  );
}
