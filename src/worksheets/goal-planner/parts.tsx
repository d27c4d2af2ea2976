import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import {
  MINUTES_MAX,
  MINUTES_MIN,
  textNote,
  type GoalDraft,
  type GoalDraftErrors,
  type GoalField,
} from "./day";
import { fill } from "./days";
import { formatCountdown, secondsLeft } from "./plan";
import type { Words } from "./words";
import { focusOn } from "../../engine/core/focus";

/**
 * The page's words. The page passes them to the island as a prop (from
 * src/worksheets/goal-planner/words.ts), so none of the wording is in the JavaScript;
 * the island sets them here before anything renders.
 */
export let t: Words;
export const setWords = (words: Words) => {
  t = words;
};

interface TextProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  set: (value: string) => void;
  error?: string | undefined;
  multiline?: boolean;
  number?: { min: number; max: number };
  onChange?: () => void;
}

/** A labelled text box with its hint, error and the 2,000-character note tied to it. */
export function Text({
  id,
  label,
  hint,
  value,
  set,
  error,
  multiline,
  number,
  onChange,
}: TextProps) {
  const note = error || textNote(t, value);
  const box = {
    id,
    value,
    onInput: (e: Event) => set((e.currentTarget as HTMLInputElement).value),
    onChange,
    "aria-describedby":
      [hint && `${id}-h`, note && `${id}-n`].filter(Boolean).join(" ") || undefined,
    "aria-invalid": error ? ("true" as const) : undefined,
  };
  return (
    <div class="gp-field">
      <label for={id}>{label}</label>
      {hint && (
        <span id={`${id}-h`} class="gp-hint">
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea rows={3} {...box} />
      ) : number ? (
        <input type="number" inputMode="numeric" step={1} {...number} {...box} />
      ) : (
        <input type="text" {...box} />
      )}
      {note && (
        <span id={`${id}-n`} class={error ? "gp-error" : "gp-hint"}>
          {note}
        </span>
      )}
    </div>
  );
}

export const FIELDS: readonly GoalField[] = ["task", "goodEnough", "minutes", "lettingGo"];

/** Focuses the first field with an error; true when there was one. */
export const focusError = (prefix: string, errors: GoalDraftErrors) => {
  const first = FIELDS.find((f) => errors[f]);
  if (first) focusOn(`${prefix}-${first}`);
  return !!first;
};

/** The four parts of a goal, shared by the add form and the edit form. */
export function GoalFields({
  prefix,
  draft,
  errors,
  set,
}: {
  prefix: string;
  draft: GoalDraft;
  errors: GoalDraftErrors;
  set: (draft: GoalDraft) => void;
}) {
  const field = (k: GoalField) => ({
    id: `${prefix}-${k}`,
    value: String(draft[k] ?? ""),
    set: (value: string) => set({ ...draft, [k]: value }),
    error: errors[k],
  });
  return (
    <>
      <Text label={t.task} {...field("task")} />
      <Text label={t.goodEnough} hint={t.goodEnoughHint} multiline {...field("goodEnough")} />
      <details class="gp-ideas">
        <summary>{t.ideas}</summary>
        <ul>
          {t.examples.map((example) => (
            <li key={example}>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  set({ ...draft, goodEnough: example });
                  focusOn(`${prefix}-goodEnough`);
                }}
              >
                {fill(t.use, example)}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <Text
        label={t.minutes}
        hint={t.minutesHint}
        number={{ min: MINUTES_MIN, max: MINUTES_MAX }}
        {...field("minutes")}
      />
      <Text label={t.lettingGo} hint={t.lettingGoHint} multiline {...field("lettingGo")} />
    </>
  );
}

export interface Ask {
  key: string;
  title: string;
  what: string;
  yes: string;
  run: () => void;
  back: HTMLElement | null;
}

/** Asks before anything is deleted, naming what will go. Focus moves to it, and back on cancel. */
export function Confirm({ ask, done }: { ask: Ask; done: (yes: boolean) => void }) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div
      class="gp-confirm"
      role="alertdialog"
      aria-labelledby="gp-confirm-t"
      aria-describedby="gp-confirm-d"
      onKeyDown={(e) => e.key === "Escape" && done(false)}
    >
      <p id="gp-confirm-t">
        <strong>{ask.title}</strong>
      </p>
      <p id="gp-confirm-d">{ask.what}</p>
      <button type="button" ref={yes} onClick={() => done(true)}>
        {ask.yes}
      </button>{" "}
      <button type="button" class="secondary" onClick={() => done(false)}>
        {t.cancel}
      </button>
    </div>
  );
}

/**
 * The optional time-box timer. It counts down in view; at the end it says so
 * once, politely, with no sound, flashing or movement.
 */
export function Timer({ minutes, task, about }: { minutes: number; task: string; about: string }) {
  const total = minutes * 60;
  const box = useRef<HTMLDivElement>(null);
  /** When the running time box ends, in milliseconds; 0 while stopped. */
  const [endsAt, setEndsAt] = useState(0);
  const [left, setLeft] = useState(total);
  const [said, setSaid] = useState("");
  const [, setTick] = useState(0);

  useEffect(() => {
    if (!endsAt) return;
    const handle = setInterval(() => {
      setTick(Date.now());
      if (Date.now() >= endsAt) {
        setEndsAt(0);
        setLeft(0);
        setSaid(fill(t.up, task));
      }
    }, 1000);
    return () => clearInterval(handle);
  }, [endsAt, task]);

  useEffect(() => {
    if (!endsAt) setLeft(total);
  }, [total]);

  const shown = endsAt ? secondsLeft(endsAt, Date.now()) : left;
  const run = (seconds: number, message: string) => {
    setEndsAt(Date.now() + seconds * 1000);
    setSaid(message);
  };
  const stop = (message: string, keep: number) => {
    setEndsAt(0);
    setLeft(keep);
    setSaid(message);
    // The button pressed may go away; keep focus in the timer.
    setTimeout(() => box.current?.querySelector("button")?.focus());
  };
  const reset: Action = [t.reset, () => stop(t.wasReset, total)];

  return (
    <div class="gp-timer" ref={box}>
      {(endsAt || left < total) && (
        <p>
          <span class="gp-clock" role="timer">
            {formatCountdown(shown)}
          </span>{" "}
          {endsAt ? t.left : left ? t.leftPaused : t.ended}
        </p>
      )}
      <Actions
        about={about}
        list={
          endsAt
            ? [[t.pause, () => stop(fill(t.paused, formatCountdown(shown)), shown)], reset]
            : left === total
              ? [[fill(t.start, minutes), () => run(total, fill(t.started, minutes))]]
              : [left > 0 && [t.resume, () => run(left, t.resumed)], reset]
        }
      />
      <p class="gp-say" aria-live="polite">
        {said}
      </p>
    </div>
  );
}

/** A button: label, what it does, and true for the main action (others are secondary). */
export type Action = [label: ComponentChildren, run: () => void, main?: boolean];

/** A row of buttons, each described by the item they act on. */
export function Actions({ list, about }: { list: (Action | false)[]; about?: string }) {
  return (
    <p class="gp-actions">
      {list.map(
        (a, i) =>
          a && (
            <button
              key={i}
              type="button"
              class={a[2] ? undefined : "secondary"}
              aria-describedby={about}
              onClick={a[1]}
            >
              {a[0]}
            </button>
          ),
      )}
    </p>
  );
}

/** One entry in a list, with its buttons and, when asked, its delete confirmation. */
export function Item({
  id,
  children,
  actions,
  extra,
}: {
  id: string;
  children: ComponentChildren;
  actions: (Action | false)[];
  extra?: ComponentChildren;
}) {
  return (
    <li class="gp-item">
      <span id={id}>{children}</span>
      <Actions list={actions} about={id} />
      {extra}
    </li>
  );
}
