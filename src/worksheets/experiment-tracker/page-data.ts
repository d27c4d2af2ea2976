import { caution } from "../../lib/safety-caution";
import { NEXT_WORDS, TEMPLATES } from "./templates";
import { MESSAGES } from "./messages";
import {
  AFTER_STEPS,
  BEFORE_STEPS,
  FIELD_WORDS,
  PREDICTION_ANSWERS,
  PREDICTION_HINT,
  PREDICTION_QUESTION,
} from "./labels";

export { PAGE_DATA_ID } from "./data-id";

/**
 * The worksheet's fixed words: the templates, every field's label and hint,
 * and the form's messages. (The screens' words are in words/en.json, passed as a prop.) The page server-renders
 * them as JSON (data, not code), so they cost no JavaScript, and the form,
 * the saved record and the blank paper copy all read the same text.
 */
export const buildPageData = () => ({
  templates: TEMPLATES,
  words: FIELD_WORDS,
  before: BEFORE_STEPS,
  after: AFTER_STEPS,
  question: PREDICTION_QUESTION,
  questionHint: PREDICTION_HINT,
  answers: PREDICTION_ANSWERS,
  messages: MESSAGES,
  next: NEXT_WORDS,
  /** Added to the form's prompt when a template drops checking. */
  cautionNote: caution.templateNote,
});
export type PageData = ReturnType<typeof buildPageData>;

/** JSON safe to place inside a <script type="application/json"> element. */
export const pageDataJson = (): string => JSON.stringify(buildPageData()).replace(/</g, "\\u003c");
