import type { StepField } from "./record";

/**
 * The words of the thought record, in one place: the form, a saved record, its
 * print and the blank paper copy all ask the same questions. Pages render
 * them as JSON (see page-data.ts), so they are data, not JavaScript.
 * The screens' own words are in words/en.json, passed to the islands as a prop.
 */
/** The id of the JSON block the pages render and the islands read (see page-data.ts). */
export const PAGE_DATA_ID = "thought-record-data";

export interface FieldWords {
  label: string;
  /** One line under the label: an example, or what the numbers mean. */
  hint?: string;
}

/** What a 0–100 belief rating means. */
export const BELIEF_SCALE =
  "0 means you don't believe it at all; 100 means you are completely sure.";
/** What a 0–100 feeling rating means. */
export const FEELING_SCALE =
  "0 means you don't feel it at all; 100 is the strongest you can imagine.";

export const FIELD_WORDS: Record<StepField, FieldWords> = {
  when: {
    label: "Date and time",
    hint: "When it happened. It starts at the present moment; change it if it was earlier.",
  },
  situation: {
    label: "What was going on",
    hint: "Where you were, who was there, what was happening. For example: “Giving the monthly update to my team. I lost my place on one slide.”",
  },
  emotions: {
    label: "Feelings",
    hint: `Name each feeling in a word or two, like anxious, ashamed or frustrated, and rate how strong it was. ${FEELING_SCALE}`,
  },
  automaticThought: {
    label: "The thought that went through my mind",
    hint: "Write it the way it sounded in your head. For example: “Everyone noticed. They must think I can't do my job.”",
  },
  beliefBefore: { label: "How much I believed it then, 0–100%", hint: BELIEF_SCALE },
  traps: {
    label: "Thinking traps in this thought",
    hint: "Tick any that fit. Picking none is fine, and so is picking several.",
  },
  evidenceFor: {
    label: "Facts that support the thought",
    hint: "Things that really happened, that anyone there could have seen. Leave out feelings and guesses.",
  },
  evidenceAgainst: {
    label: "Facts that don't fit the thought",
    hint: "What would you point out to a friend who had this thought? Times it wasn't true? Anything it leaves out?",
  },
  balancedThought: {
    label: "A more balanced thought",
    hint: "Not forced cheerfulness: a fairer view that takes in all the facts. It can start with “Even though…”.",
  },
  balancedBelief: { label: "How much I believe the balanced thought, 0–100%", hint: BELIEF_SCALE },
  emotionsAfter: {
    label: "My feelings now",
    hint: "Rate each feeling again. If it hasn't changed much, that is worth knowing too.",
  },
  beliefAfter: {
    label: "How much I believe the automatic thought now, 0–100%",
    hint: BELIEF_SCALE,
  },
};

/** Feeling words offered while typing a feeling's name; anything else is fine too. */
export const FEELING_WORDS = [
  "anxious",
  "ashamed",
  "embarrassed",
  "guilty",
  "frustrated",
  "angry",
  "sad",
  "disappointed",
  "hopeless",
  "worried",
  "tense",
  "overwhelmed",
  "lonely",
  "irritated",
];
