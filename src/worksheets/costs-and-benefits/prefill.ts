import * as v from "../../engine/core/validate";
import { PREFILL_TEXT_MAX, shortText } from "../../engine/homework/limits";
import { FIELDS, type CostsEntry } from "./schema";

/** The worksheet's part of a homework link: what change to weigh, and a note to go with it. */
export const prefillSchema = v.object({
  /** The change to weigh, e.g. "my standards at work". */
  topic: v.optional(shortText(PREFILL_TEXT_MAX)),
  /** A note from the therapist, kept with the new entry. */
  note: v.optional(shortText(PREFILL_TEXT_MAX)),
});
export type CostsPrefill = v.InferOutput<typeof prefillSchema> | undefined;
/** A new entry's content, before the store stamps its id and times. */
export type EntryContent = Omit<CostsEntry, "id" | "createdAt" | "updatedAt">;

/**
 * The new entry a homework link adds: dated `today`, tagged with the
 * assignment, with the therapist's topic and note. Only ever a new entry:
 * nothing the person wrote is changed.
 */
export function entryFromPrefill(
  prefill: CostsPrefill,
  homeworkId: string,
  today: string,
): EntryContent {
  const note = prefill?.note?.trim();
  return {
    kind: "entry",
    ...(Object.fromEntries(FIELDS.map((f) => [f, ""])) as Record<(typeof FIELDS)[number], string>),
    day: today,
    topic: prefill?.topic?.trim() ?? "",
    ...(note ? { therapistNote: note } : {}),
    homeworkId,
  };
}
