import type { StepField } from "./record";
import { fill } from "../../engine/core/words";
import text from "./words/fields.en.json";

/**
 * The words of the thought record, in one place: the form, a saved record, its
 * print and the blank paper copy all ask the same questions. Pages render
 * them as JSON (see page-data.ts), so they are data, not JavaScript.
 * The screens' own words are in words/en.json, passed to the islands as a prop.
 */

export interface FieldWords {
  label: string;
  /** One line under the label: an example, or what the numbers mean. */
  hint?: string;
}

// The words are in words/fields.en.json; this module keeps their shape.

/** What a 0–100 belief rating means. */
export const BELIEF_SCALE = text.beliefScale;
/** What a 0–100 feeling rating means. */
export const FEELING_SCALE = text.feelingScale;

/** The ratings whose hint is the belief scale. */
const BELIEF_RATINGS: readonly StepField[] = ["beliefBefore", "balancedBelief", "beliefAfter"];

const fieldWords = (): Record<StepField, FieldWords> => {
  const out = {} as Record<StepField, FieldWords>;
  for (const [f, w] of Object.entries(text.fields) as [StepField, FieldWords][]) {
    out[f] = BELIEF_RATINGS.includes(f)
      ? { ...w, hint: BELIEF_SCALE }
      : w.hint
        ? { ...w, hint: fill(w.hint, { feelingScale: FEELING_SCALE }) }
        : w;
  }
  return out;
};
export const FIELD_WORDS = /* @__PURE__ */ fieldWords();

/** Feeling words offered while typing a feeling's name; anything else is fine too. */
export const FEELING_WORDS: readonly string[] = text.feelings;
