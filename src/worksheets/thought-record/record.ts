import { TEXT_MAX } from "../../engine/storage/record";
import {
  EMOTIONS_MAX,
  EMOTION_NAME_MAX,
  LAST_STEP,
  TRAPS_MAX,
  TRAP_ID,
  type Emotion,
  type ThoughtRecord,
} from "./schema";
import { limitMessage, parseRating } from "../../engine/form";
import { emptyThoughtDraft, localFromDate } from "./blank";
import steps from "./words/steps.en.json";
import type messages from "./words/messages.en.json";
import { fill, t } from "../../engine/core/words";

export { emptyThoughtDraft, limitMessage, localFromDate, parseRating };

/** What a step of the form asks about; "emotionsAfter" is the re-rating of the feelings. */
export type StepField =
  | "when"
  | "situation"
  | "emotions"
  | "automaticThought"
  | "beliefBefore"
  | "traps"
  | "evidenceFor"
  | "evidenceAgainst"
  | "balancedThought"
  | "balancedBelief"
  | "emotionsAfter"
  | "beliefAfter";

export interface Step {
  id: string;
  title: string;
  /** A short, plain question shown under the title. */
  prompt: string;
  /** The parts of the record this step fills in. */
  fields: readonly StepField[];
}

/** The 7 steps of a thought record (words in words/steps.en.json), in order; a record's `step` is an index into this list. */
const SHAPES: readonly { id: keyof typeof steps; fields: readonly StepField[] }[] = [
  { id: "situation", fields: ["when", "situation"] },
  { id: "emotions", fields: ["emotions"] },
  { id: "thought", fields: ["automaticThought", "beliefBefore"] },
  { id: "traps", fields: ["traps"] },
  { id: "evidence", fields: ["evidenceFor", "evidenceAgainst"] },
  { id: "balanced", fields: ["balancedThought", "balancedBelief"] },
  { id: "rerate", fields: ["emotionsAfter", "beliefAfter"] },
];
// Marked pure so the islands, which read the steps from page data, drop the words.
export const STEPS: readonly Step[] = /* @__PURE__ */ SHAPES.map((s) => ({
  id: s.id,
  ...steps[s.id],
  fields: s.fields,
}));

/** A step number made safe: a whole number from 0 to the last step. */
export const clampStep = (step: number): number =>
  Math.min(Math.max(Math.trunc(step) || 0, 0), LAST_STEP);

/** The index of the automatic-thought step; the thought stays visible on every step after it. */
export const THOUGHT_STEP = 2;
/** True when the automatic thought should be shown above the step, as a reminder. */
export const showsThought = (step: number): boolean => step > THOUGHT_STEP;

/** One feeling as the form holds it: ratings are the raw input text ("" when empty). */
export interface EmotionDraft {
  name: string;
  before: string;
  after: string;
}

/**
 * What the form holds while a person types. Ratings are raw input strings,
 * so "12.5" or "abc" can be explained rather than lost.
 */
export interface ThoughtDraft {
  /** Local date and time as a datetime-local input holds it, "YYYY-MM-DDTHH:mm". */
  when: string;
  situation: string;
  emotions: EmotionDraft[];
  automaticThought: string;
  beliefBefore: string;
  /** Picked thinking-trap ids. */
  traps: string[];
  evidenceFor: string;
  evidenceAgainst: string;
  balancedThought: string;
  balancedBelief: string;
  beliefAfter: string;
  homeworkId?: string;
  /** The homework's due date, YYYY-MM-DD, while this is a draft. */
  due?: string;
}

/** The free-text fields a record is checked for. */
type TextField =
  "situation" | "automaticThought" | "evidenceFor" | "evidenceAgainst" | "balancedThought";
const BELIEF_FIELDS = ["beliefBefore", "balancedBelief", "beliefAfter"] as const;

type EmotionKey = `emotions.${number}.${"name" | "before" | "after"}`;
/** Where an error shows: a field, or one part of one feeling ("emotions.2.before"). */
export type ThoughtErrorKey = Exclude<StepField, "emotionsAfter"> | EmotionKey;
/** Error messages by field; a field with no entry is fine. */
export type ThoughtErrors = Partial<Record<ThoughtErrorKey, string>>;

/** The content of a record: everything but id, timestamps and kind. */
export type ThoughtFields = Omit<ThoughtRecord, "id" | "createdAt" | "updatedAt" | "kind">;

/** The form's messages (words/messages.en.json), with `{max}` holes; the page renders them as data. */
export type ThoughtMessages = typeof messages;

/** A stored ISO timestamp as a datetime-local value in the device's time zone. */
export const localFromIso = (iso: string): string => localFromDate(new Date(iso));

/**
 * A datetime-local value ("YYYY-MM-DDTHH:mm", seconds optional), read in the
 * device's time zone, as an ISO timestamp; undefined when it is not a real date and time.
 */
export function isoFromLocal(local: string): string | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,3})?)?$/.exec(local.trim());
  if (!m) return undefined;
  const [y = NaN, mo = NaN, d = NaN, h = NaN, mi = NaN, s = NaN] = m
    .slice(1, 7)
    .map((x) => Number(x ?? 0));
  const date = new Date(y, mo - 1, d, h, mi, s);
  const real = date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d;
  return real && h < 24 && mi < 60 && s < 60 ? date.toISOString() : undefined;
}

/** A row the person added but left completely empty; it is ignored. */
const isBlankRow = (e: EmotionDraft): boolean =>
  e.name.trim() === "" && e.before.trim() === "" && e.after.trim() === "";

/**
 * Checks a draft. With `step`, only the fields of that step (so "Next" can
 * check as the person goes); without it, the whole draft (before saving).
 * Only the automatic thought is required; ratings must be whole numbers 0–100
 * (a feeling's first rating is needed once it has a name); texts over the
 * limit get a message and are never cut. `m` holds the messages' words.
 */
export function checkThoughtDraft(
  draft: ThoughtDraft,
  m: ThoughtMessages,
  step?: number,
): ThoughtErrors {
  const errors: ThoughtErrors = {};
  const on = (s: number): boolean => step === undefined || step === s;
  const text = (f: TextField): void => {
    if (draft[f].length > TEXT_MAX) errors[f] = limitMessage(draft[f].length, (k, v) => t(m, k, v));
  };
  const belief = (f: (typeof BELIEF_FIELDS)[number]): void => {
    if (draft[f].trim() !== "" && parseRating(draft[f]) === undefined) errors[f] = m.rating;
  };
  const rows = draft.emotions.map((e, i) => [e, i] as const).filter(([e]) => !isBlankRow(e));

  if (on(0)) {
    if (isoFromLocal(draft.when) === undefined) errors.when = m.when;
    text("situation");
  }
  if (on(1)) {
    if (rows.length > EMOTIONS_MAX) errors.emotions = fill(m.emotionsCount, { max: EMOTIONS_MAX });
    for (const [e, i] of rows) {
      const name = e.name.trim();
      if (name === "") errors[`emotions.${i}.name`] = m.emotionName;
      else if (name.length > EMOTION_NAME_MAX) {
        errors[`emotions.${i}.name`] = fill(m.emotionNameLong, { max: EMOTION_NAME_MAX });
      }
      if (parseRating(e.before) === undefined) errors[`emotions.${i}.before`] = m.emotionRating;
    }
  }
  if (on(2)) {
    text("automaticThought");
    if (!errors.automaticThought && draft.automaticThought.trim() === "") {
      errors.automaticThought = m.thought;
    }
    belief("beliefBefore");
  }
  if (on(3) && new Set(draft.traps).size > TRAPS_MAX)
    errors.traps = fill(m.trapsCount, { max: TRAPS_MAX });
  if (on(4)) {
    text("evidenceFor");
    text("evidenceAgainst");
  }
  if (on(5)) {
    text("balancedThought");
    belief("balancedBelief");
  }
  if (on(6)) {
    for (const [e, i] of rows) {
      if (e.after.trim() !== "" && parseRating(e.after) === undefined) {
        errors[`emotions.${i}.after`] = m.rating;
      }
    }
    belief("beliefAfter");
  }
  return errors;
}

/**
 * Turns a draft into record content: texts trimmed, empty feeling rows and
 * skipped ratings left out, traps without repeats. Call once
 * checkThoughtDraft finds no errors; `step` is where the person is now.
 */
export function thoughtFromDraft(draft: ThoughtDraft, step: number): ThoughtFields {
  const emotions: Emotion[] = [];
  for (const e of draft.emotions) {
    const before = parseRating(e.before);
    if (e.name.trim() === "" || before === undefined) continue;
    const after = parseRating(e.after);
    emotions.push({ name: e.name.trim(), before, ...(after === undefined ? {} : { after }) });
  }
  const out: ThoughtFields = {
    when: isoFromLocal(draft.when) ?? "",
    situation: draft.situation.trim(),
    emotions,
    automaticThought: draft.automaticThought.trim(),
    traps: [...new Set(draft.traps)].filter((id) => TRAP_ID.test(id)),
    evidenceFor: draft.evidenceFor.trim(),
    evidenceAgainst: draft.evidenceAgainst.trim(),
    balancedThought: draft.balancedThought.trim(),
    step: clampStep(step),
  };
  for (const f of BELIEF_FIELDS) {
    const n = parseRating(draft[f]);
    if (n !== undefined) out[f] = n;
  }
  if (draft.homeworkId) out.homeworkId = draft.homeworkId;
  return out;
}

/** A draft holding a saved record, for editing. */
export function draftFromThought(record: ThoughtRecord): ThoughtDraft {
  const str = (n: number | undefined): string => (n === undefined ? "" : String(n));
  const draft: ThoughtDraft = {
    when: localFromIso(record.when),
    situation: record.situation,
    emotions: record.emotions.map((e) => ({
      name: e.name,
      before: String(e.before),
      after: str(e.after),
    })),
    automaticThought: record.automaticThought,
    beliefBefore: str(record.beliefBefore),
    traps: [...record.traps],
    evidenceFor: record.evidenceFor,
    evidenceAgainst: record.evidenceAgainst,
    balancedThought: record.balancedThought,
    balancedBelief: str(record.balancedBelief),
    beliefAfter: str(record.beliefAfter),
  };
  if (record.homeworkId !== undefined) draft.homeworkId = record.homeworkId;
  return draft;
}

// How ratings changed lives apart, so the list page need not load the form's checks.
export { ratingChanges, summarizeRecord, type RatingChange } from "./changes";
