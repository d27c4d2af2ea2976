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
 * The link's pre-fill from the builder's fields: texts trimmed and capped at
 * the link's limit, empty ones left out; undefined when nothing is left.
 */
export function prefillFromRaw(raw: Readonly<Record<string, string>>): ThoughtPrefill | undefined {
  const out: ThoughtPrefill = {};
  for (const k of ["situation", "thought"] as const) {
    const s = (raw[k] ?? "").trim().slice(0, PREFILL_TEXT_MAX).trim();
    if (s) out[k] = s;
  }
  return Object.keys(out).length ? out : undefined;
}

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
