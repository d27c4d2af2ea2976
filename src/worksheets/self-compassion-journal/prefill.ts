import * as v from "../../engine/core/validate";
import { PREFILL_TEXT_MAX, shortText } from "../../engine/homework/limits";
import type { JournalEntry } from "./schema";
import { t, type Words } from "../../engine/core/words";

/** The journal's part of a homework link: something to write about. */
export const prefillSchema = v.object({
  /** A moment or theme to write about, e.g. "a time you felt you fell short". */
  prompt: v.optional(shortText(PREFILL_TEXT_MAX)),
});
export type JournalPrefill = v.InferOutput<typeof prefillSchema> | undefined;
/** A new entry's content, before the store stamps its id and times. */
export type EntryContent = Omit<JournalEntry, "id" | "createdAt" | "updatedAt">;

/**
 * The new entry a homework link adds: dated `today` (the person's local day),
 * tagged with the assignment, with the therapist's prompt at the start of
 * "What happened" so the person can write on from it. (`words`: the
 * journal's words, for how the prompt is introduced.) The due date (`due`,
 * written out for the page) goes in that first line, so it stays with the
 * entry even if the homework record is deleted. Only ever a new entry:
 * nothing the person wrote is changed.
 */
export function entryFromPrefill(
  prefill: JournalPrefill,
  homeworkId: string,
  today: string,
  words: Words,
  from?: string,
  due?: string,
): EntryContent {
  const who = from?.trim() || t(words, "homeworkMyTherapist");
  const prompt = prefill?.prompt?.trim();
  const vars = { who, prompt: prompt ?? "", day: due ?? "" };
  const key = prompt ? "homeworkPromptFrom" : "homeworkFrom";
  return {
    kind: "entry",
    day: today,
    whatHappened: t(words, due ? `${key}Due` : key, vars),
    whatISaid: "",
    whatIdSayToAFriend: "",
    strength: "",
    homeworkId,
  };
}
