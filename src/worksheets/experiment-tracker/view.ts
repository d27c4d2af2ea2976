import type { ExperimentRecord } from "./schema";
import { fieldsFromDraft, type ExperimentDraft, type RatingField } from "./record";
import type { W } from "../../engine/ui/question";
import { contentFromFields, type ExperimentContent } from "./order";

export type { ExperimentContent } from "./order";
export { replacingPatch } from "./order";

/** The content to save for a valid draft (see contentFromFields). */
export const contentFromDraft = (
  draft: ExperimentDraft,
  existing: ExperimentRecord | undefined,
  now: Date,
): ExperimentContent => contentFromFields(fieldsFromDraft(draft), existing, now);

/** Shortens text to at most `max` characters, at a word break where it can, with "…". */
export function shorten(s: string, max: number): string {
  const t = s.trim().replace(/\s+/g, " ");
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

/** A heading for an experiment: what the person will do, or else the belief. */
export const experimentTitle = (
  r: Pick<ExperimentRecord, "experiment" | "belief">,
  max = 90,
): string => shorten(r.experiment?.trim() || r.belief, max);

/**
 * The belief line on a list card: the belief (when the heading is the plan)
 * and its ratings, e.g. "If I… (80% before, 35% after)". Empty when the
 * heading already shows the belief and there are no ratings.
 */
export function beliefSummary(r: ExperimentRecord): string {
  const { beliefBefore: b, beliefAfter: a } = r;
  const ratings =
    b !== undefined && a !== undefined
      ? `${b}% before, ${a}% after`
      : b !== undefined
        ? `${b}%`
        : a !== undefined
          ? `${a}% after`
          : "";
  if (!r.experiment?.trim()) return ratings;
  const belief = shorten(r.belief, 160);
  return ratings ? `${belief} (${ratings})` : belief;
}

/** True when two drafts hold the same answers (for "leave without saving?"). */
export function sameDraft(a: ExperimentDraft, b: ExperimentDraft): boolean {
  // Entries sort as text, "key,value": with unique, letters-only keys, that is by key.
  const key = (d: ExperimentDraft) =>
    JSON.stringify(
      Object.entries({ ...d, ritualsToDrop: d.ritualsToDrop.filter((r) => r.trim() !== "") })
        .map(([k, v]) => [k, typeof v === "string" ? v.trim() : v])
        .sort(),
    );
  return key(a) === key(b);
}

/** "80" → "80%" for belief ratings; "60" → "60 of 100" for discomfort, in the worksheet's words. */
export function formatRating(field: RatingField, value: number, w: W): string {
  return w(field.endsWith("Discomfort") ? "outOf100" : "percent", { value });
}
