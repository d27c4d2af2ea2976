import { checkThoughtDraft, type ThoughtDraft, type ThoughtErrors } from "./record";
import { fill } from "../../engine/core/words";
import { EMOTION_NAME_MAX, EMOTIONS_MAX, TRAPS_MAX } from "./schema";
import text from "./words/messages.en.json";

// The form's messages in English (words/messages.en.json), for the page data and
// tests. Apart from record.ts so the island, which gets them as page data, does
// not load the words as JavaScript.

export const MESSAGES = text;
export const THOUGHT_MESSAGE = text.thought;
export const RATING_MESSAGE = text.rating;
export const EMOTION_RATING_MESSAGE = text.emotionRating;
export const EMOTION_NAME_MESSAGE = text.emotionName;
export const EMOTION_NAME_LONG_MESSAGE = fill(text.emotionNameLong, { max: EMOTION_NAME_MAX });
export const EMOTIONS_COUNT_MESSAGE = fill(text.emotionsCount, { max: EMOTIONS_MAX });
export const TRAPS_COUNT_MESSAGE = fill(text.trapsCount, { max: TRAPS_MAX });
export const WHEN_MESSAGE = text.when;

/** checkThoughtDraft with the worksheet's own words. */
export const validateThoughtDraft = (draft: ThoughtDraft, step?: number): ThoughtErrors =>
  checkThoughtDraft(draft, MESSAGES, step);
