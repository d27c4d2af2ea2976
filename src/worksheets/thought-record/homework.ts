import type { DraftContent } from "./draft";
import type { ThoughtPrefill } from "./prefill";
import { emptyThoughtDraft } from "./blank";

/**
 * A new unfinished thought record from a homework link, for the client to
 * complete: the situation and thought filled in, the date and time left for
 * them to pick. Null when the link pre-fills nothing. It is always a new
 * draft, so it never touches what the client has written.
 */
export function draftFromPrefill(
  prefill: ThoughtPrefill | undefined,
  homeworkId: string,
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
  };
}
