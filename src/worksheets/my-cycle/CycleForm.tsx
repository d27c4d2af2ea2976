import { useEffect, useState } from "preact/hooks";
import type { TargetedSubmitEvent } from "preact";
import { TEXT_MAX } from "../../engine/storage/record";
import { useFocusLater } from "../../engine/core/focus";
import type { Say } from "../../engine/core/words";
import { PARTS, sameDraft, validateCycle, type CycleDraft, type CycleErrors } from "./cycle";

interface Props {
  mode: "new" | "edit";
  initial: CycleDraft;
  /** The therapist's note on a homework cycle, kept as it is. */
  note?: string | undefined;
  w: Say;
  onSave: (draft: CycleDraft) => void;
  onCancel: (draft: CycleDraft) => void;
  onStatus: (message: string) => void;
}

const ids = (...list: (string | false | undefined)[]) =>
  list.filter(Boolean).join(" ") || undefined;

/** The cycle's form: a date and the six parts, each with a prompt and an example. */
export function CycleForm({ mode, initial, note, w, onSave, onCancel, onStatus }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<CycleErrors>({});
  const focusNext = useFocusLater("cyc-form-h");

  // Ask before the page is closed or reloaded with unsaved words. (Inline, as in the other
  // worksheets' forms: a shared module would be one more small chunk on each page.)
  useEffect(() => {
    if (sameDraft(draft, initial)) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [draft]);

  const set = (f: keyof CycleDraft, value: string) => {
    const d = { ...draft, [f]: value };
    setDraft(d);
    // A message, once shown, updates as the person fixes it.
    if (Object.keys(errors).length) setErrors(validateCycle(d, w, note));
  };

  function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const found = validateCycle(draft, w, note);
    setErrors(found);
    const bad = (["day", "entry", ...PARTS] as const).filter((f) => f in found);
    if (bad.length === 0) return onSave(draft);
    focusNext(`cyc-f-${bad[0] === "entry" ? PARTS[0] : bad[0]}`);
    onStatus(w("fix", { count: bad.length }));
  }

  const invalid = (error?: string) => (error ? ("true" as const) : undefined);
  const error = (id: string, text?: string) =>
    text && (
      <p id={`${id}-err`} class="field-error">
        {text}
      </p>
    );

  return (
    <form class="cyc-form" noValidate onSubmit={submit} aria-labelledby="cyc-form-h">
      <h2 id="cyc-form-h" tabIndex={-1}>
        {w(mode === "new" ? "newH" : "editH")}
      </h2>
      <p class="ws-hint">{w("formIntro")}</p>
      {note && (
        <div class="cyc-note">
          <h3>{w("note")}</h3>
          <p>{note}</p>
        </div>
      )}
      <div class="ws-field">
        <label for="cyc-f-day">{w("date")}</label>
        {error("cyc-f-day", errors.day)}
        <input
          id="cyc-f-day"
          type="date"
          value={draft.day}
          aria-invalid={invalid(errors.day)}
          aria-describedby={ids(errors.day && "cyc-f-day-err")}
          onInput={(e) => set("day", e.currentTarget.value)}
        />
      </div>
      <fieldset aria-describedby={ids(errors.entry && "cyc-entry-err")}>
        <legend>{w("parts")}</legend>
        {error("cyc-entry", errors.entry)}
        {PARTS.map((p, i) => {
          const id = `cyc-f-${p}`;
          const value = draft[p];
          const left = TEXT_MAX - value.length;
          return (
            <div class="ws-field" key={p}>
              <label for={id}>
                {i + 1}. {w(p)}
              </label>
              <p id={`${id}-hint`} class="ws-hint">
                {w(`${p}Hint`)} <span class="cyc-example">{w(`${p}Example`)}</span>
              </p>
              {error(id, errors[p])}
              <textarea
                id={id}
                rows={3}
                value={value}
                aria-invalid={invalid(errors[p] || errors.entry)}
                aria-describedby={ids(
                  `${id}-hint`,
                  errors[p] && `${id}-err`,
                  errors.entry && "cyc-entry-err",
                  left < 200 && `${id}-count`,
                )}
                onInput={(e) => set(p, e.currentTarget.value)}
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
        <button type="button" class="secondary" id="cyc-cancel" onClick={() => onCancel(draft)}>
          {w("cancel")}
        </button>
      </div>
    </form>
  );
}
