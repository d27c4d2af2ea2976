import type { PredictionAnswer, RatingField, TextField } from "./record";
import text from "./words/labels.en.json";

/**
 * The words for every field of an experiment, in one place, so the form, the
 * saved record, its print and the blank paper copy all ask the same questions.
 */
export interface FieldWords {
  label: string;
  /** One line under the label: an example, or what the numbers mean. */
  hint?: string;
}

// The words are in words/labels.en.json; this module keeps their shape.

/** How strongly a belief is held. */
export const BELIEF_SCALE = text.beliefScale;
/** How uncomfortable someone feels (SUDS). */
export const DISCOMFORT_SCALE = text.discomfortScale;

type FieldName = TextField | RatingField | "plannedDate" | "ritualsToDrop";

/** The ratings whose hint is one of the two scales above. */
const SCALE: Partial<Record<FieldName, "beliefScale" | "discomfortScale">> = {
  beliefBefore: "beliefScale",
  alternativeBefore: "beliefScale",
  predictionConfidence: "beliefScale",
  expectedDiscomfort: "discomfortScale",
  peakDiscomfort: "discomfortScale",
  afterDiscomfort: "discomfortScale",
  beliefAfter: "beliefScale",
  alternativeAfter: "beliefScale",
};

// Marked pure so a module that only needs a type from here drops the words.
export const FIELD_WORDS = /* @__PURE__ */ Object.fromEntries(
  Object.entries(text.fields).map(([f, w]) => {
    const scale = SCALE[f as FieldName];
    return [f, scale ? { ...w, hint: text[scale] } : w];
  }),
) as Record<FieldName, FieldWords>;

export const PREDICTION_QUESTION = text.predictionQuestion;
export const PREDICTION_HINT = text.predictionHint;
export const PREDICTION_ANSWERS: readonly { value: PredictionAnswer; label: string }[] = [
  { value: "yes", label: text.answers.yes },
  { value: "partly", label: text.answers.partly },
  { value: "no", label: text.answers.no },
];

/** The form and the record in order: numbered steps, each with its fields. */
export interface Step {
  title: string;
  fields: readonly (
    TextField | RatingField | "plannedDate" | "ritualsToDrop" | "predictionCameTrue"
  )[];
}

export const BEFORE_STEPS: readonly Step[] = [
  { title: text.before.belief, fields: ["situation", "belief", "beliefBefore"] },
  { title: text.before.alternative, fields: ["alternative", "alternativeBefore"] },
  { title: text.before.experiment, fields: ["experiment", "when", "where", "plannedDate"] },
  { title: text.before.drop, fields: ["ritualsToDrop"] },
  { title: text.before.prediction, fields: ["prediction", "predictionConfidence", "howIWillKnow"] },
  { title: text.before.discomfort, fields: ["expectedDiscomfort"] },
];

export const AFTER_STEPS: readonly Step[] = [
  { title: text.after.happened, fields: ["outcome"] },
  { title: text.after.discomfort, fields: ["peakDiscomfort", "afterDiscomfort"] },
  { title: text.after.prediction, fields: ["predictionCameTrue"] },
  { title: text.after.learned, fields: ["learned", "beliefAfter", "alternativeAfter"] },
];
