import * as v from "../../engine/core/validate";
import { PREFILL_TEXT_MAX, shortText } from "../../engine/homework/limits";
import { t, type Words } from "../../engine/core/words";
import type { CycleEntry } from "./schema";
import { PARTS, type PartId } from "./parts";

const part = v.optional(shortText(PREFILL_TEXT_MAX));

/** The cycle's part of a homework link: any of its parts, started by the therapist. */
export const prefillSchema = v.object({
  /** What the client's worth rests on. */
  worth: part,
  /** The standards they hold themselves to. */
  standards: part,
  /** Their checking, avoiding and putting off. */
  checking: part,
  /** What happens when they meet a standard. */
  met: part,
  /** What happens when they miss one. */
  missed: part,
  /** What it costs them. */
  costs: part,
});
export type CyclePrefill = Partial<Record<PartId, string>> | undefined;
/** A new cycle's content, before the store stamps its id and times. */
export type CycleContent = Omit<CycleEntry, "id" | "createdAt" | "updatedAt">;

/**
 * The new cycle a homework link adds: dated `today` (the person's local
 * day), tagged with the assignment, with the parts the therapist filled in
 * and their note (`note`, from the link), said to be from them. With neither,
 * the note says whom the homework is from, so the cycle is never empty. Only
 * ever a new cycle: nothing the person wrote is changed.
 */
export function cycleFromPrefill(
  prefill: CyclePrefill,
  homeworkId: string,
  today: string,
  words: Words,
  from?: string,
  note?: string,
): CycleContent {
  const who = from?.trim() || t(words, "homeworkMyTherapist");
  const out = { kind: "cycle", day: today, homeworkId } as CycleContent;
  for (const p of PARTS) out[p] = prefill?.[p]?.trim() ?? "";
  if (note?.trim()) out.note = t(words, "homeworkNoteFrom", { who, note: note.trim() });
  else if (PARTS.every((p) => !out[p])) out.note = t(words, "homeworkFrom", { who });
  return out;
}
