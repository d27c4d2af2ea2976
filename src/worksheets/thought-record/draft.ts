import { DRAFT_TEXT_MAX, EMOTIONS_MAX, type DraftRecord } from "./schema";
import { emptyThoughtDraft } from "./blank";
import { clampStep, type ThoughtDraft } from "./record";

/** A draft as the store keeps it, without the fields the store stamps. */
export type DraftContent = Omit<DraftRecord, "id" | "createdAt" | "updatedAt">;

/**
 * The draft to store for what the form holds now, on step `step`. Null when it
 * cannot be stored whole (a text far past any limit, or too many feelings):
 * the form then keeps it in memory rather than cut a word of it.
 */
export function storedFromDraft(
  draft: ThoughtDraft,
  step: number,
  recordId?: string,
): DraftContent | null {
  const texts = [
    draft.when,
    draft.situation,
    draft.automaticThought,
    draft.beliefBefore,
    draft.evidenceFor,
    draft.evidenceAgainst,
    draft.balancedThought,
    draft.balancedBelief,
    draft.beliefAfter,
    ...draft.emotions.flatMap((e) => [e.name, e.before, e.after]),
  ];
  if (draft.emotions.length > EMOTIONS_MAX || texts.some((t) => t.length > DRAFT_TEXT_MAX)) {
    return null;
  }
  const { homeworkId, due, ...fields } = draft;
  return {
    kind: "draft",
    ...fields,
    emotions: draft.emotions.map(({ name, before, after }) => ({ name, before, after })),
    traps: [...new Set(draft.traps)],
    step: clampStep(step),
    ...(recordId ? { recordId } : {}),
    ...(homeworkId ? { homeworkId } : {}),
    ...(due ? { due } : {}),
  };
}

/** What the form holds for a stored draft (its step and record id are on the draft itself). */
export function draftFromStored(stored: DraftRecord): ThoughtDraft {
  const draft: ThoughtDraft = {
    when: stored.when,
    situation: stored.situation,
    emotions: stored.emotions.map((e) => ({ ...e })),
    automaticThought: stored.automaticThought,
    beliefBefore: stored.beliefBefore,
    traps: [...stored.traps],
    evidenceFor: stored.evidenceFor,
    evidenceAgainst: stored.evidenceAgainst,
    balancedThought: stored.balancedThought,
    balancedBelief: stored.balancedBelief,
    beliefAfter: stored.beliefAfter,
  };
  if (stored.homeworkId) draft.homeworkId = stored.homeworkId;
  if (stored.due) draft.due = stored.due;
  return draft;
}

/** True when two drafts hold the same answers. */
export const sameDraft = (a: ThoughtDraft, b: ThoughtDraft): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * True when nothing has been written yet: only the date and time (filled in
 * for the person) and empty feeling rows. Such a draft is not worth keeping.
 */
export function isBlankDraft(draft: ThoughtDraft): boolean {
  const { when: _w, emotions, ...rest } = draft;
  const empty = emptyThoughtDraft(new Date());
  const { when: _e, emotions: _n, ...blank } = empty;
  return (
    JSON.stringify(rest) === JSON.stringify(blank) &&
    emotions.every((e) => !e.name.trim() && !e.before.trim() && !e.after.trim())
  );
}
