import * as v from "../../engine/core/validate";
import { PREFILL_TEXT_MAX, shortText } from "../../engine/homework/limits";
import type { DraftContent } from "./draft";
import { emptyThoughtDraft } from "./blank";

/** The thought record's part of a homework link: a situation to look at, and the thought in it. */
export const prefillSchema = v.object({
  /** The situation to write about, e.g. "the team meeting on Monday". */
  situation: v.optional(shortText(PREFILL_TEXT_MAX)),
  /** An automatic thought to examine. */
  thought: v.optional(shortText(PREFILL_TEXT_MAX)),
});
export type ThoughtPrefill = v.InferOutput<typeof prefillSchema>;

/**
 * A new unfinished thought record from a homework link, for the client to
 * complete: the situation and thought filled in, the date and time left for
 * them to pick, and the assignment's due date (`due`, YYYY-MM-DD) kept with
 * it. Null when the link pre-fills nothing. It is always a new draft, so it
 * never touches what the client has written.
 */
export function draftFromPrefill(
  prefill: ThoughtPrefill | undefined,
  homeworkId: string,
  due?: string,
): DraftContent | null {
  const situation = prefill?.situation?.trim() ?? "";
  const automaticThought = prefill?.thought?.trim() ?? "";
  if (!situation && !automaticThought) return null;
  return {
    kind: "draft",
    ...emptyThoughtDraft(new Date()),
    when: "",
    situation,
    automaticThought,
    step: 0,
    homeworkId,
    ...(due ? { due } : {}),
  };
}
