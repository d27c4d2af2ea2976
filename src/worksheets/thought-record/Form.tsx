import { useState } from "preact/hooks";
import type { ComponentChildren, TargetedEvent } from "preact";
import {
  showsThought,
  checkThoughtDraft,
  type EmotionDraft,
  type StepField,
  type ThoughtDraft,
  type ThoughtErrorKey,
  type ThoughtErrors,
} from "./record";
import type { W } from "../../engine/ui/question";
import { EMOTIONS_MAX, LAST_STEP } from "./schema";
import { TEXT_MAX } from "../../engine/storage/record";
import { articlePath } from "../../engine/core/routes";
import { data } from "./data";
import { useFocusLater } from "../../engine/core/focus";

export type FormMode = "new" | "edit";

interface Props {
  mode: FormMode;
  initial: ThoughtDraft;
  /** The step to open on, 0–6. */
  step: number;
  /** Every change, and every move to another step, so the draft can be kept. */
  onChange: (draft: ThoughtDraft, step: number) => void;
  onSave: (draft: ThoughtDraft) => void;
  onLater: () => void;
  /** Deletes the kept draft (after asking); absent while nothing is kept. */
  onDiscard?: () => void;
  onStatus: (message: string) => void;
  /** The worksheet's words, and the locale they are written for. */
  w: W;
  locale: string;
}

const { steps, words } = data;
const BLANK: EmotionDraft = { name: "", before: "", after: "" };
const STEP_H = "tr-step-h";

/** The id of the input an error belongs to: "emotions.2.before" → "tr-emotions-2-before". */
const fid = (key: string) => `tr-${key.replace(/\./g, "-")}`;
const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(" ") || undefined;
/** The step an error belongs to: a feeling's re-rating is on the last step. */
const stepOf = (key: string) =>
  key.endsWith(".after")
    ? LAST_STEP
    : steps.findIndex((s) => (s.fields as readonly string[]).includes(key.split(".")[0]!));

/** A message next to the field it is about. */
const fieldError = (id: string, error?: string) =>
  error && (
    <p id={`${id}-err`} class="field-error">
      {error}
    </p>
  );

/** A counter once a text nears its limit; nothing is ever cut. */
function counter(id: string, text: string, w: W) {
  const left = TEXT_MAX - text.length;
  return (
    left < 200 && (
      <p id={`${id}-count`} class={left < 0 ? "ws-counter ws-over" : "ws-counter"}>
        {left < 0 ? w("charactersOver", { count: -left }) : w("charactersLeft", { count: left })}
      </p>
    )
  );
}

/** The 7-step thought record form: one step at a time, with the automatic thought kept in view. */
export function ThoughtForm(props: Props) {
  const { mode, initial, onChange, onSave, onStatus, w } = props;
  const [draft, setDraft] = useState(initial);
  const [step, setStep] = useState(props.step);
  const [errors, setErrors] = useState<ThoughtErrors>({});
  /** Where focus goes after the next render: nowhere on arrival, the step heading on a move. */
  const focusNext = useFocusLater();

  const change = (d: ThoughtDraft, s = step) => {
    setDraft(d);
    setStep(s);
    onChange(d, s);
  };
  /** Updates the draft; a message already shown updates as the person fixes it. */
  const set = (patch: Partial<ThoughtDraft>, focus?: string) => {
    const d = { ...draft, ...patch };
    if (focus) focusNext(focus);
    const now = checkThoughtDraft(d, data.messages, step);
    setErrors(
      Object.fromEntries(
        (Object.keys(errors) as ThoughtErrorKey[]).filter((k) => now[k]).map((k) => [k, now[k]]),
      ),
    );
    change(d);
  };
  /** Checks one field when the person leaves it (used for ratings). */
  const recheck = (key: ThoughtErrorKey) =>
    setErrors({ ...errors, [key]: checkThoughtDraft(draft, data.messages, step)[key] });

  /** Shows the messages of step `at`, moves there, and focuses the first field to fix. */
  const stopAt = (found: ThoughtErrors, at: number): boolean => {
    const keys = Object.keys(found);
    if (keys.length === 0) return false;
    setErrors(found);
    focusNext(fid(keys[0]!));
    onStatus(w("fix", { count: keys.length }));
    if (at !== step) change(draft, at);
    return true;
  };
  /** Moves to another step; going forward checks this one first. */
  const goTo = (s: number) => {
    if (s > step && stopAt(checkThoughtDraft(draft, data.messages, step), step)) return;
    setErrors({});
    onStatus("");
    focusNext(STEP_H);
    change(draft, s);
  };
  const save = () => {
    const all = checkThoughtDraft(draft, data.messages);
    const key = Object.keys(all)[0];
    if (key === undefined) return onSave(draft);
    const at = stepOf(key);
    stopAt(checkThoughtDraft(draft, data.messages, at), at);
  };

  /** Label, hint, message and counter around one input. */
  function field(
    key: ThoughtErrorKey,
    label: ComponentChildren,
    hint: string | undefined,
    value: string,
    put: (value: string) => void,
    kind: "text" | "line" | "rating" | "when" = "text",
  ) {
    const id = fid(key);
    const error = errors[key];
    const text = kind === "text";
    const props = {
      id,
      value,
      "aria-invalid": error ? ("true" as const) : undefined,
      "aria-describedby": describedBy(
        hint && `${id}-hint`,
        error && `${id}-err`,
        text && TEXT_MAX - value.length < 200 && `${id}-count`,
      ),
      onInput: (e: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        put(e.currentTarget.value),
    };
    return (
      <div class="ws-field" key={key}>
        <label for={id}>
          {label}
          {key === "automaticThought" && <span class="ws-required">{w("required")}</span>}
        </label>
        {hint && (
          <p id={`${id}-hint`} class="ws-hint">
            {hint}
          </p>
        )}
        {fieldError(id, error)}
        {kind === "rating" ? (
          <input
            {...props}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            class="ws-rating"
            onBlur={() => recheck(key)}
          />
        ) : kind === "when" ? (
          <input {...props} type="datetime-local" />
        ) : kind === "line" ? (
          <input {...props} type="text" list="tr-feeling-words" autoComplete="off" />
        ) : (
          <textarea
            {...props}
            rows={3}
            aria-required={key === "automaticThought" ? "true" : undefined}
          />
        )}
        {text && counter(id, value, w)}
      </div>
    );
  }

  /** One of the record's own fields, with its words. */
  const own = (f: Exclude<StepField, "emotions" | "traps" | "emotionsAfter">, hint?: string) =>
    field(
      f,
      words[f].label,
      hint ?? words[f].hint,
      draft[f],
      (value) => set({ [f]: value }),
      f === "when" ? "when" : f.startsWith("belief") || f === "balancedBelief" ? "rating" : "text",
    );

  const rows = draft.emotions.length ? draft.emotions : [BLANK];
  const putRow = (i: number, patch: Partial<EmotionDraft>) =>
    set({ emotions: rows.map((e, j) => (j === i ? { ...e, ...patch } : e)) });

  function feelings() {
    const id = "tr-emotions";
    return (
      <fieldset key="emotions" aria-describedby={`${id}-hint`}>
        <legend>{words.emotions.label}</legend>
        <p id={`${id}-hint`} class="ws-hint">
          {words.emotions.hint}
        </p>
        <ol class="tr-feelings">
          {rows.map((e, i) => (
            <li key={i}>
              {field(
                `emotions.${i}.name`,
                w("feeling", { n: i + 1 }),
                undefined,
                e.name,
                (name) => putRow(i, { name }),
                "line",
              )}
              {field(
                `emotions.${i}.before`,
                <>
                  {w("strength")}
                  <span class="visually-hidden">{w("strengthOf", { n: i + 1 })}</span>
                </>,
                undefined,
                e.before,
                (before) => putRow(i, { before }),
                "rating",
              )}
              {draft.emotions.length > 0 && (
                <button
                  type="button"
                  class="secondary"
                  onClick={() =>
                    set(
                      { emotions: rows.filter((_, j) => j !== i) },
                      fid(`emotions.${Math.max(i - 1, 0)}.name`),
                    )
                  }
                >
                  {w("remove")}
                  <span class="visually-hidden">{w("removeFeeling", { n: i + 1 })}</span>
                </button>
              )}
            </li>
          ))}
        </ol>
        {rows.length < EMOTIONS_MAX ? (
          <button
            type="button"
            class="secondary"
            onClick={() => set({ emotions: [...rows, BLANK] }, fid(`emotions.${rows.length}.name`))}
          >
            {w("addAnother")}
          </button>
        ) : (
          <p class="ws-hint">{w("feelingsFull")}</p>
        )}
        <datalist id="tr-feeling-words">
          {data.feelings.map((w) => (
            <option key={w} value={w} />
          ))}
        </datalist>
      </fieldset>
    );
  }

  function traps() {
    const picked = new Set(draft.traps);
    return (
      <fieldset key="traps" aria-describedby="tr-traps-hint">
        <legend>{words.traps.label}</legend>
        <p id="tr-traps-hint" class="ws-hint">
          {words.traps.hint}{" "}
          <a href={articlePath("cognitive-distortions")} target="_blank" rel="noopener">
            {w("trapsRead")}
          </a>
        </p>
        {fieldError("tr-traps", errors.traps)}
        <ul class="tr-traps">
          {data.traps.map((t, i) => (
            <li key={t.id}>
              <label>
                <input
                  type="checkbox"
                  id={i === 0 ? "tr-traps" : undefined}
                  checked={picked.has(t.id)}
                  aria-describedby={`tr-trap-${t.id}`}
                  onChange={(e) =>
                    set({
                      traps: e.currentTarget.checked
                        ? [...draft.traps, t.id]
                        : draft.traps.filter((x) => x !== t.id),
                    })
                  }
                />{" "}
                {t.name}
              </label>
              <p id={`tr-trap-${t.id}`} class="ws-hint">
                {t.summary}
              </p>
            </li>
          ))}
        </ul>
      </fieldset>
    );
  }

  function rerate() {
    const named = rows.map((e, i) => [e, i] as const).filter(([e]) => e.name.trim());
    return (
      <fieldset key="rerate" aria-describedby="tr-emotionsAfter-hint">
        <legend>{words.emotionsAfter.label}</legend>
        <p id="tr-emotionsAfter-hint" class="ws-hint">
          {named.length ? words.emotionsAfter.hint : w("noneToRerate")}
        </p>
        {named.map(([e, i]) =>
          field(
            `emotions.${i}.after`,
            w("nowLabel", { name: e.name.trim() }),
            w("atTheTime", { value: e.before.trim() || w("notRated") }),
            e.after,
            (after) => putRow(i, { after }),
            "rating",
          ),
        )}
      </fieldset>
    );
  }

  const body: ComponentChildren[] = [
    [own("when"), own("situation")],
    [feelings()],
    [own("automaticThought"), own("beliefBefore")],
    [traps()],
    [own("evidenceFor"), own("evidenceAgainst")],
    [own("balancedThought"), own("balancedBelief")],
    [
      rerate(),
      own(
        "beliefAfter",
        draft.beliefBefore.trim()
          ? `${words.beliefAfter.hint} ${w("atTheTime", { value: w("percent", { value: draft.beliefBefore.trim() }) })}`
          : undefined,
      ),
    ],
  ];
  const last = step === LAST_STEP;
  const thought = draft.automaticThought.trim();
  const belief = draft.beliefBefore.trim();

  return (
    <form
      class="tr-form"
      noValidate
      aria-labelledby="tr-form-h"
      onSubmit={(e) => {
        e.preventDefault();
        if (last) save();
        else goTo(step + 1);
      }}
    >
      <h2 id="tr-form-h">{w(mode === "edit" ? "headingsEdit" : "headingsNew")}</h2>
      <p class="ws-hint">{w("formIntro")}</p>
      <nav aria-label="Steps">
        <ol class="tr-steps">
          {steps.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                class="secondary"
                aria-current={i === step ? "step" : undefined}
                onClick={() => goTo(i)}
              >
                {i + 1}.<span class="tr-step-name"> {s.title}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <progress max={steps.length} value={step + 1} aria-labelledby="tr-step-count" />
      <h3 id={STEP_H} tabIndex={-1}>
        <span id="tr-step-count" class="tr-count">
          {w("stepOf", { step: step + 1 })}
        </span>{" "}
        {steps[step]!.title}
      </h3>
      <p class="tr-prompt">{steps[step]!.prompt}</p>
      {showsThought(step) && thought && (
        <div class="tr-reminder ws-text" role="note" aria-label={w("reminder")}>
          <p>
            <strong>{w("reminderLabel", { reminder: w("reminder") })}</strong> “{thought}”{" "}
            {belief && <span class="muted">{w("believed", { belief })}</span>}
          </p>
        </div>
      )}
      {body[step]}
      <div class="ws-actions">
        {step > 0 && (
          <button type="button" class="secondary" onClick={() => goTo(step - 1)}>
            {w("back")}
          </button>
        )}
        <button type="submit">
          {last ? (mode === "edit" ? w("saveChanges") : w("save")) : w("next")}
        </button>
        {mode === "edit" && !last && (
          <button type="button" class="secondary" onClick={save}>
            {w("saveChanges")}
          </button>
        )}
        <button type="button" class="secondary" onClick={props.onLater}>
          {w("later")}
        </button>
        {props.onDiscard && (
          <button type="button" class="secondary" id="tr-discard" onClick={props.onDiscard}>
            {w("discard")}
          </button>
        )}
      </div>
    </form>
  );
}
