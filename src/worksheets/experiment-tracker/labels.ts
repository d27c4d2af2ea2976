import type { PredictionAnswer, RatingField, TextField } from "./record";

/**
 * The words for every field of an experiment, in one place, so the form, the
 * saved record, its print and the blank paper copy all ask the same questions.
 */
export interface FieldWords {
  label: string;
  /** One line under the label: an example, or what the numbers mean. */
  hint?: string;
}

/** How strongly a belief is held. */
export const BELIEF_SCALE =
  "0 means you don't believe it at all; 100 means you are completely sure.";
/** How uncomfortable someone feels (SUDS). */
export const DISCOMFORT_SCALE = "0 means calm; 100 means the most uncomfortable you can imagine.";

export const FIELD_WORDS: Record<
  TextField | RatingField | "plannedDate" | "ritualsToDrop",
  FieldWords
> = {
  situation: {
    label: "The situation",
    hint: "Where you will be, who will be there, what is going on.",
  },
  belief: {
    label: "The belief or rule I'm testing",
    hint: "For example: “If I send this without rereading it three times, my boss will think I'm careless.”",
  },
  beliefBefore: { label: "How strongly I believe it, 0–100%", hint: BELIEF_SCALE },
  alternative: {
    label: "Another way of seeing it",
    hint: "A kinder or more flexible belief, if one comes to mind. You can skip this.",
  },
  alternativeBefore: { label: "How strongly I believe the other view, 0–100%", hint: BELIEF_SCALE },
  experiment: {
    label: "What I will do",
    hint: "The imperfect thing you will try, in a sentence or two.",
  },
  when: { label: "When", hint: "In your own words, like “Tuesday after lunch”." },
  where: { label: "Where" },
  plannedDate: { label: "Planned date" },
  ritualsToDrop: {
    label: "Rituals or safety behaviors I will drop",
    hint: "Things you usually do to feel safe, like re-checking, over-preparing or apologizing in advance.",
  },
  prediction: {
    label: "What I predict will happen",
    hint: "Be as exact as you can, so you can tell afterwards whether it happened.",
  },
  predictionConfidence: { label: "How sure I am of this prediction, 0–100%", hint: BELIEF_SCALE },
  howIWillKnow: {
    label: "How I will know",
    hint: "What would you see or hear that shows whether the prediction came true?",
  },
  expectedDiscomfort: {
    label: "Discomfort I expect, 0–100",
    hint: DISCOMFORT_SCALE,
  },
  outcome: {
    label: "What actually happened",
    hint: "Stick to what you saw and heard, as if you were a reporter.",
  },
  peakDiscomfort: { label: "Discomfort at its peak, 0–100", hint: DISCOMFORT_SCALE },
  afterDiscomfort: { label: "Discomfort afterwards, 0–100", hint: DISCOMFORT_SCALE },
  learned: {
    label: "What I learned",
    hint: "What does this tell you about the belief? Anything you'd like to try next?",
  },
  beliefAfter: {
    label: "How strongly I believe the original belief now, 0–100%",
    hint: BELIEF_SCALE,
  },
  alternativeAfter: {
    label: "How strongly I believe the other view now, 0–100%",
    hint: BELIEF_SCALE,
  },
};

export const PREDICTION_QUESTION = "Did the prediction come true?";
export const PREDICTION_HINT =
  "Any answer is useful. A prediction that came true tells you something too, and helps you plan what to try next.";
export const PREDICTION_ANSWERS: readonly { value: PredictionAnswer; label: string }[] = [
  { value: "yes", label: "Yes" },
  { value: "partly", label: "Partly" },
  { value: "no", label: "No" },
];

/** The form and the record in order: numbered steps, each with its fields. */
export interface Step {
  title: string;
  fields: readonly (
    TextField | RatingField | "plannedDate" | "ritualsToDrop" | "predictionCameTrue"
  )[];
}

export const BEFORE_STEPS: readonly Step[] = [
  { title: "The belief", fields: ["situation", "belief", "beliefBefore"] },
  { title: "Another view", fields: ["alternative", "alternativeBefore"] },
  { title: "The experiment", fields: ["experiment", "when", "where", "plannedDate"] },
  { title: "What I will drop", fields: ["ritualsToDrop"] },
  { title: "My prediction", fields: ["prediction", "predictionConfidence", "howIWillKnow"] },
  { title: "Discomfort", fields: ["expectedDiscomfort"] },
];

export const AFTER_STEPS: readonly Step[] = [
  { title: "What happened", fields: ["outcome"] },
  { title: "Discomfort", fields: ["peakDiscomfort", "afterDiscomfort"] },
  { title: "The prediction", fields: ["predictionCameTrue"] },
  { title: "What I learned", fields: ["learned", "beliefAfter", "alternativeAfter"] },
];

/** "80" → "80%" for belief ratings; "60" → "60 of 100" for discomfort. */
export function formatRating(field: RatingField, value: number): string {
  return field.endsWith("Discomfort") ? `${value} of 100` : `${value}%`;
}
