import type { ComponentChildren, TargetedSubmitEvent } from "preact";
import { useState } from "preact/hooks";
import { deleteContact, saveContact } from "./actions";
import type { ContactRecord } from "./schema";
import {
  contactFieldsFromDraft,
  draftFromContact,
  telHref,
  validateContact,
  type ContactDraft,
  type ContactErrors,
  type Say,
} from "./plan";
import { useLeaveWarning } from "./data";
import { useFocusLater } from "../../engine/core/focus";
import { Examples, WritingLines } from "./TextSection";
import { useConfirm } from "../../engine/core/Confirm";
import { useUndo } from "../../engine/ui/Undo";

interface Props {
  w: Say;
  locale: string;
  title: string;
  prompt: string;
  examples: readonly string[];
  /** That names and numbers stay on this device (page HTML). */
  note?: ComponentChildren;
  contacts: ContactRecord[];
}

type Field = keyof ContactDraft;

/** The form's fields, in order; each has its words "contact<Field>" and "contact<Field>Hint". */
const FIELDS = ["name", "phone", "relationship", "note"] as const;
const key = (f: Field) => `contact${f[0]!.toUpperCase()}${f.slice(1)}`;
const EMPTY: ContactDraft = { name: "", phone: "", relationship: "", note: "" };
const same = (a: ContactDraft, b: ContactDraft) => FIELDS.every((f) => a[f] === b[f]);

/** The open form: a new contact, or the saved one it edits. */
interface Form {
  id?: string;
  initial: ContactDraft;
  draft: ContactDraft;
  /** Where focus goes back to when the form closes unsaved. */
  back: string;
}

/**
 * The people the person can reach out to: a list with call links, and a
 * form to add or edit one. Deleting, or leaving a changed form, asks first.
 */
export function Contacts({ w, locale, title, prompt, examples, note, contacts }: Props) {
  const leaving = {
    title: w("leaveTitle"),
    text: w("leaveText"),
    yes: w("leaveYes"),
    no: w("leaveNo"),
  };
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<ContactErrors>({});
  const [message, setMessage] = useState("");
  const focusNext = useFocusLater();
  const { ask, box: question } = useConfirm(focusNext, "rpp-confirm", {
    box: "rpp-confirm no-print",
    actions: "ws-actions",
  });
  // After the confirmation, so focus on Undo wins.
  const [offer, undoView] = useUndo("rpp-undo");
  const dirty = !!form && !same(form.draft, form.initial);

  useLeaveWarning(dirty);

  /** Opens a form, asking first if the open one has changes. */
  const open = (next: Form) => {
    const go = () => {
      setForm(next);
      setErrors({});
      setMessage("");
      focusNext("rpp-c-name");
    };
    if (dirty) ask(leaving, "rpp-c-name", go);
    else go();
  };
  const close = (text: string, focus: string) => {
    setForm(null);
    setErrors({});
    setMessage(text);
    focusNext(focus);
  };

  function submit(e: TargetedSubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = form!;
    const found = validateContact(f.draft, w, locale);
    setErrors(found);
    const bad = FIELDS.filter((k) => found[k]);
    if (bad.length) {
      focusNext(`rpp-c-${bad[0]}`);
      setMessage(w("contactsFix", { count: bad.length }));
      return;
    }
    const fields = contactFieldsFromDraft(f.draft);
    const saved = saveContact(f.id, fields);
    close(w("contactsSaved", { name: fields.name }), `rpp-c-${saved.id}`);
  }

  const set = (k: Field, value: string) => {
    const draft = { ...form!.draft, [k]: value };
    setForm({ ...form!, draft });
    // Once a field has a message, it updates as the person fixes it.
    if (errors[k]) setErrors({ ...errors, [k]: validateContact(draft, w, locale)[k] });
  };

  const formView = (f: Form) => (
    <form class="rpp-contact-form card" noValidate onSubmit={submit} aria-labelledby="rpp-c-form-h">
      <h3 id="rpp-c-form-h">
        {f.id ? w("contactsEditHeading", { name: f.initial.name }) : w("contactsAdd")}
      </h3>
      {FIELDS.map((k) => {
        const id = `rpp-c-${k}`;
        const label = w(key(k));
        const hint = k === "name" ? "" : w(`${key(k)}Hint`);
        const error = errors[k];
        const props = {
          id,
          value: f.draft[k],
          "aria-invalid": error ? ("true" as const) : undefined,
          "aria-describedby":
            [hint && `${id}-hint`, error && `${id}-err`].filter(Boolean).join(" ") || undefined,
          onInput: (e: { currentTarget: { value: string } }) => set(k, e.currentTarget.value),
        };
        return (
          <div class="rpp-field" key={k}>
            <label for={id}>
              {label}
              {k === "name" && <span class="rpp-required">{w("contactNeeded")}</span>}
            </label>
            {hint && (
              <p id={`${id}-hint`} class="rpp-hint">
                {hint}
              </p>
            )}
            {error && (
              <p id={`${id}-err`} class="field-error">
                {error}
              </p>
            )}
            {k === "note" ? (
              <textarea {...props} rows={2} />
            ) : (
              <input
                {...props}
                type={k === "phone" ? "tel" : "text"}
                autoComplete="off"
                aria-required={k === "name" ? "true" : undefined}
              />
            )}
          </div>
        );
      })}
      <div class="ws-actions">
        <button type="submit">{w(f.id ? "contactsSaveEdit" : "contactsSaveNew")}</button>
        <button
          type="button"
          class="secondary"
          id="rpp-c-cancel"
          onClick={() => {
            const leave = () => close("", f.back);
            if (dirty) ask(leaving, "rpp-c-cancel", leave);
            else leave();
          }}
        >
          {w("contactsCancel")}
        </button>
      </div>
    </form>
  );

  return (
    <section class="rpp-section" id="rpp-contacts" aria-labelledby="rpp-contacts-h">
      <h2 id="rpp-contacts-h" tabIndex={-1}>
        {title}
      </h2>
      <p class="rpp-prompt no-print">{prompt}</p>
      {note}
      <Examples examples={examples} w={w} />
      <p role="status" class="ws-message no-print">
        {message}
      </p>
      {undoView}
      {contacts.length > 0 ? (
        <ul class="ws-list rpp-contacts">
          {contacts.map((c) => {
            if (form?.id === c.id) return <li key={c.id}>{formView(form)}</li>;
            const tel = telHref(c.phone);
            return (
              <li key={c.id} class="card rpp-contact">
                <h3 id={`rpp-c-${c.id}`} tabIndex={-1}>
                  {c.name}
                  {c.relationship && <span class="rpp-rel">, {c.relationship}</span>}
                </h3>
                {c.phone && (
                  <p>{tel ? <a href={tel}>{w("contactsCall", { phone: c.phone })}</a> : c.phone}</p>
                )}
                {c.note && <p class="rpp-note ws-text">{c.note}</p>}
                <div class="ws-actions no-print">
                  <button
                    type="button"
                    class="secondary"
                    id={`rpp-c-edit-${c.id}`}
                    aria-label={w("contactsEditLabel", { name: c.name })}
                    onClick={() =>
                      open({
                        id: c.id,
                        initial: draftFromContact(c),
                        draft: draftFromContact(c),
                        back: `rpp-c-edit-${c.id}`,
                      })
                    }
                  >
                    {w("contactsEdit")}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    id={`rpp-c-del-${c.id}`}
                    aria-label={w("contactsDeleteLabel", { name: c.name })}
                    onClick={() =>
                      ask(
                        {
                          title: w("removeTitle", { name: c.name }),
                          text: w("removeText", { name: c.name }),
                          yes: w("removeYes"),
                          no: w("removeNo"),
                        },
                        `rpp-c-del-${c.id}`,
                        () => {
                          if (form?.id === c.id) setForm(null);
                          const undo = deleteContact(c.id);
                          setMessage("");
                          offer(w("contactsRemoved", { name: c.name }), () =>
                            undo() ? `rpp-c-${c.id}` : "",
                          );
                        },
                      )
                    }
                  >
                    {w("contactsDelete")}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <>
          <p class="no-print">{w("contactsNone")}</p>
          <WritingLines n={3} />
        </>
      )}
      {/* A new contact, or one another tab deleted while it was being edited. */}
      {form && !contacts.some((c) => c.id === form.id) ? (
        formView(form)
      ) : (
        <p class="no-print">
          <button
            type="button"
            id="rpp-c-add"
            onClick={() => open({ initial: EMPTY, draft: EMPTY, back: "rpp-c-add" })}
          >
            {w("contactsAdd")}
          </button>
        </p>
      )}
      {question}
    </section>
  );
}
