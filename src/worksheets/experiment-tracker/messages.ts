import { fill } from "../../engine/core/words";
import { TEXT_MAX } from "../../engine/storage/record";
import {
  checkDraft,
  countText,
  type CounterState,
  type ExperimentDraft,
  type FieldErrors,
} from "./record";
import { RITUALS_MAX } from "./schema";
import text from "./words/messages.en.json";

// The form's messages in English (words/messages.en.json), for the page data and
// tests. Apart from record.ts so the island, which gets them as page data, does
// not load the words as JavaScript.

export const BELIEF_MESSAGE = text.belief;
export const RATING_MESSAGE = text.rating;
export const DATE_MESSAGE = text.date;
export const RITUALS_COUNT_MESSAGE = fill(text.rituals, { max: RITUALS_MAX });

/**
 * The words of the form's messages and counter, with `{name}` holes (see
 * src/engine/core/words.ts). The page renders them as data for the form, and the
 * functions in record.ts take them as an argument, so the words cost no JavaScript.
 */
export const MESSAGES = { ...text, rituals: RITUALS_COUNT_MESSAGE };

/** checkDraft with the worksheet's own words. */
export const validateExperimentDraft = (draft: ExperimentDraft): FieldErrors =>
  checkDraft(draft, MESSAGES);

/** The character counter for a text field. */
export const counterState = (text: string, max = TEXT_MAX): CounterState =>
  countText(text, MESSAGES, max);
