import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import {
  FINISH_LINE_EXAMPLES,
  MINUTES_MAX,
  MINUTES_MIN,
  textLimitMessage,
  type GoalDraft,
  type GoalDraftErrors,
  type GoalField,
} from "../../lib/goal-planner/day";
import { formatCountdown, secondsLeft } from "../../lib/goal-planner/plan";

/** Moves focus to an element by id, if it is on the page. */
export const focusId = (id: string) => document.getElementById(id)?.focus();

/** A polite status line that stays on the page, so screen readers hear each change. */
export function Say({ text }: { text: string }) {
  return (
    <p role="status" class="gp-say">
      {text}
    </p>
  );
}

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
  const note = error || textLimitMessage(value);
  const described = [hint && `${id}-h`, note && `${id}-n`].filter(Boolean).join(" ") || undefined;
  const shared = {
    id,
    value,
    onInput: (e: Event) => set((e.currentTarget as HTMLInputElement).value),
    onChange,
    "aria-describedby": described,
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
        <textarea rows={3} {...shared} />
      ) : number ? (
        <input type="number" inputMode="numeric" step={1} {...number} {...shared} />
      ) : (
        <input type="text" {...shared} />
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
export const fieldId = (prefix: string, field: GoalField) => `${prefix}-${field}`;

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
    id: fieldId(prefix, k),
    value: String(draft[k] ?? ""),
    set: (value: string) => set({ ...draft, [k]: value }),
    error: errors[k],
  });
  return (
    <>
      <Text label="The task" {...field("task")} />
      <Text
        label="Good enough looks like…"
        hint="Your finish line, decided before you start. When you reach it, you can stop."
        multiline
        {...field("goodEnough")}
      />
      <details class="gp-ideas">
        <summary>Ideas for a finish line</summary>
        <ul>
          {FINISH_LINE_EXAMPLES.map((example) => (
            <li key={example}>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  set({ ...draft, goodEnough: example });
                  focusId(fieldId(prefix, "goodEnough"));
                }}
              >
                Use “{example}”
              </button>
            </li>
          ))}
        </ul>
      </details>
      <Text
        label="Time box, in minutes"
        hint={`Optional: ${MINUTES_MIN} to ${MINUTES_MAX}.`}
        number={{ min: MINUTES_MIN, max: MINUTES_MAX }}
        {...field("minutes")}
      />
      <Text
        label="What I'm letting go of"
        hint="Optional. For example: perfect formatting, or a second draft."
        multiline
        {...field("lettingGo")}
      />
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
        Cancel
      </button>
    </div>
  );
}

/** A 0–10 rating as a group of radio buttons. */
export function Scale({
  id,
  legend,
  hint,
  value,
  set,
}: {
  id: string;
  legend: string;
  hint: string;
  value: number | undefined;
  set: (n: number) => void;
}) {
  return (
    <fieldset class="gp-scale" aria-describedby={`${id}-h`}>
      <legend>{legend}</legend>
      <span id={`${id}-h`} class="gp-hint">
        {hint}
      </span>
      <div class="gp-scale-row">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n}>
            <input type="radio" name={id} checked={value === n} onChange={() => set(n)} />
            {n}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The optional time-box timer. It counts down in view; at the end it says so
 * once, politely, with no sound, flashing or movement.
 */
export function Timer({ minutes, task, about }: { minutes: number; task: string; about: string }) {
  const total = minutes * 60;
  const box = useRef<HTMLDivElement>(null);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [left, setLeft] = useState(total);
  const [now, setNow] = useState(0);
  const [said, setSaid] = useState("");

  useEffect(() => {
    if (endsAt === null) return;
    const tick = () => {
      const t = Date.now();
      setNow(t);
      if (t >= endsAt) {
        setEndsAt(null);
        setLeft(0);
        setSaid(
          `Time is up for “${task}”. Check your finish line: if it is good enough, you can stop here.`,
        );
      }
    };
    const handle = setInterval(tick, 1000);
    return () => clearInterval(handle);
  }, [endsAt, task]);

  useEffect(() => {
    if (endsAt === null) setLeft(total);
  }, [total]);

  const running = endsAt !== null;
  const shown = running ? secondsLeft(endsAt, now || Date.now()) : left;
  const start = (seconds: number, message: string) => {
    const t = Date.now();
    setNow(t);
    setEndsAt(t + seconds * 1000);
    setSaid(message);
  };
  const stop = (message: string, keep: number) => {
    setEndsAt(null);
    setLeft(keep);
    setSaid(message);
    // The button pressed may go away; keep focus in the timer.
    setTimeout(() => box.current?.querySelector("button")?.focus());
  };
  const buttons: Action[] = running
    ? [
        ["Pause timer", () => stop(`Timer paused with ${formatCountdown(shown)} left.`, shown)],
        ["Reset timer", () => stop("Timer reset.", total)],
      ]
    : left === total
      ? [
          [
            `Start ${minutes}-minute timer`,
            () => start(total, `Timer started: ${minutes} minutes.`),
          ],
        ]
      : [
          ...(left > 0
            ? ([["Resume timer", () => start(left, "Timer running again.")]] as [
                string,
                () => void,
              ][])
            : []),
          ["Reset timer", () => stop("Timer reset.", total)],
        ];

  return (
    <div class="gp-timer" ref={box}>
      {(running || left < total) && (
        <p>
          <span class="gp-clock" role="timer">
            {formatCountdown(shown)}
          </span>{" "}
          {running ? "left" : left === 0 ? "The time box is over." : "left, paused"}
        </p>
      )}
      <Actions list={buttons} about={about} />
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

export function Section({
  id,
  title,
  children,
  class: cls,
}: {
  id: string;
  title: ComponentChildren;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <section aria-labelledby={id} class={cls}>
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
