import type { ComponentChildren } from "preact";
import { useLayoutEffect, useState } from "preact/hooks";
import {
  FINISH_LINE_EXAMPLES,
  MINUTES_MAX,
  MINUTES_MIN,
  textNote,
  type GoalDraft,
  type GoalDraftErrors,
  type GoalField,
} from "./day";
import type { Say } from "./days";
import { formatCountdown, timerState } from "./plan";
import { runTimer, stopTimer } from "./actions";
import type { GoalRecord } from "./schema";
import { focusOn, useFocusLater } from "../../engine/core/focus";

interface TextProps {
  /** The page's words (words/<locale>.json), passed down as a prop like the rest. */
  w: Say;
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
  w,
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
  const note = error || textNote(w, value);
  const box = {
    id,
    value,
    onInput: (e: Event) => set((e.currentTarget as HTMLInputElement).value),
    onChange,
    "aria-describedby":
      [hint && `${id}-h`, note && `${id}-n`].filter(Boolean).join(" ") || undefined,
    "aria-invalid": !!error || undefined,
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
        <input type="number" inputMode="numeric" {...number} {...box} />
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
  w,
  prefix,
  draft,
  errors,
  set,
}: {
  w: Say;
  prefix: string;
  draft: GoalDraft;
  errors: GoalDraftErrors;
  set: (draft: GoalDraft) => void;
}) {
  const examples = Array.from({ length: FINISH_LINE_EXAMPLES }, (_, i) => w(`example${i + 1}`));
  const field = (k: GoalField) => ({
    w,
    id: `${prefix}-${k}`,
    value: String(draft[k] ?? ""),
    set: (value: string) => set({ ...draft, [k]: value }),
    error: errors[k],
  });
  return (
    <>
      <Text label={w("task")} {...field("task")} />
      <Text label={w("goodEnough")} hint={w("goodEnoughHint")} multiline {...field("goodEnough")} />
      <details class="gp-ideas">
        <summary>{w("ideas")}</summary>
        <ul>
          {examples.map((example) => (
            <li key={example}>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  set({ ...draft, goodEnough: example });
                  focusOn(`${prefix}-goodEnough`);
                }}
              >
                {w("use", { example })}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <Text
        label={w("minutes")}
        hint={w("minutesHint")}
        number={{ min: MINUTES_MIN, max: MINUTES_MAX }}
        {...field("minutes")}
      />
      <Text label={w("lettingGo")} hint={w("lettingGoHint")} multiline {...field("lettingGo")} />
    </>
  );
}

/**
 * The optional time-box timer. Its end is kept in the store, so it runs on
 * through a reload or a visit to another page. It counts down in view; at the
 * end the timer is marked, the tab's title says so, and a polite message says
 * it once, with no sound, flashing or movement.
 */
export function Timer({ w, goal, about }: { w: Say; goal: GoalRecord; about: string }) {
  const total = goal.minutes! * 60;
  const focusLater = useFocusLater();
  const [said, setSaid] = useState("");
  const [, setTick] = useState(0);
  const { left, running } = timerState(goal, Date.now());
  const up = !left && !!goal.timerEnds;

  // Started as the render lands, so it ticks on the second the timer started.
  useLayoutEffect(() => {
    if (!running) return;
    const handle = setInterval(() => setTick(Date.now()), 1000);
    return () => clearInterval(handle);
  }, [running]);

  useLayoutEffect(() => {
    if (!up) return;
    const title = document.title;
    setSaid(w("up", { task: goal.task }));
    document.title = w("upTitle", { title });
    return () => (document.title = title);
  }, [up]);

  const first = `${about}-t`;
  const act = (done: boolean, message: string) => {
    if (!done) return;
    setSaid(message);
    // The button pressed may go away; keep focus in the timer, on its first button.
    focusLater(first);
  };
  const run = (seconds: number, message: string) =>
    act(runTimer(goal, seconds, Date.now()), message);
  const reset = (id?: string): Action => [
    w("reset"),
    () => act(stopTimer(goal), w("wasReset")),
    false,
    id,
  ];

  return (
    <div class={up ? "gp-timer is-up" : "gp-timer"}>
      {(running || left < total) && (
        <p>
          <span class="gp-clock" role="timer">
            {formatCountdown(left)}
          </span>{" "}
          {w(running ? "left" : left ? "leftPaused" : "ended")}
        </p>
      )}
      <Actions
        about={about}
        list={
          running
            ? [
                [
                  w("pause"),
                  () => act(stopTimer(goal, left), w("paused", { left: formatCountdown(left) })),
                  false,
                  first,
                ],
                reset(),
              ]
            : left === total
              ? [
                  [
                    w("start", { minutes: goal.minutes! }),
                    () => run(total, w("started", { minutes: goal.minutes! })),
                    false,
                    first,
                  ],
                ]
              : left > 0
                ? [[w("resume"), () => run(left, w("resumed")), false, first], reset()]
                : [reset(first)]
        }
      />
      <p class="gp-say" aria-live="polite">
        {said}
      </p>
    </div>
  );
}

/** A button: label, what it does, true for the main action (others are secondary), and an id. */
export type Action = [label: ComponentChildren, run: () => void, main?: boolean, id?: string];

/** A row of buttons, each described by the item they act on. */
export function Actions({ list, about }: { list: (Action | false)[]; about?: string }) {
  return (
    <p class="ws-actions">
      {list.map(
        (a, i) =>
          a && (
            <button
              key={i}
              id={a[3]}
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

/** One entry in a list, with its buttons. */
export function Item({
  id,
  children,
  actions,
}: {
  id: string;
  children: ComponentChildren;
  actions: Action[];
}) {
  return (
    <li class="gp-item">
      <span id={id}>{children}</span>
      <Actions list={actions} about={id} />
    </li>
  );
}

/** How many entries a long list shows at first, and adds with each "Show older". */
export const PAGE = 50;

/**
 * A list that shows its newest PAGE entries (the end of `list`) and a button
 * for older ones, so years of entries open quickly and none is hidden without a way to it.
 */
export function More<T>({
  w,
  list,
  label,
  children,
}: {
  w: Say;
  list: readonly T[];
  label?: string | undefined;
  children: (item: T) => ComponentChildren;
}) {
  const [shown, setShown] = useState(PAGE);
  const older = Math.max(0, list.length - shown);
  return (
    <>
      <ul class="gp-list" aria-label={label}>
        {list.slice(older).map(children)}
      </ul>
      {older > 0 && (
        <p class="ws-actions">
          {/* Never inside a form, so it needs no type="button". */}
          <button class="secondary" onClick={() => setShown(shown + PAGE)}>
            {w("showOlder", { count: Math.min(older, PAGE) })}
          </button>
        </p>
      )}
    </>
  );
}
