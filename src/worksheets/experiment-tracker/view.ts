import type { ExperimentRecord } from "./schema";
import { fieldsFromDraft, hasOutcome, type ExperimentDraft } from "./record";

/** What the store saves for a draft: its fields, plus the kind and status. */
export type ExperimentContent = Omit<ExperimentRecord, "id" | "createdAt" | "updatedAt">;

/**
 * The content to save for a valid draft. An experiment is "done" once anything
 * about what happened is filled in; it keeps the day it was first done, and
 * goes back to "planned" if every part of "after" is cleared again.
 */
export function contentFromDraft(
  draft: ExperimentDraft,
  existing: ExperimentRecord | undefined,
  now: Date,
): ExperimentContent {
  const fields = fieldsFromDraft(draft);
  const record = { kind: "experiment", ...fields } as ExperimentContent;
  if (hasOutcome(record as ExperimentRecord)) {
    record.status = "done";
    record.completedAt = existing?.completedAt ?? now.toISOString();
  } else {
    record.status = "planned";
  }
  return record;
}

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

const META = new Set(["id", "createdAt", "updatedAt"]);

/**
 * The store's update merges a patch into the record, so a field the person
 * emptied must be sent as undefined to be removed. Returns the content with
 * every other field of the existing record set to undefined.
 */
export function replacingPatch(
  existing: ExperimentRecord,
  content: ExperimentContent,
): Partial<ExperimentContent> {
  const patch: Record<string, unknown> = { ...content };
  for (const k of Object.keys(existing)) if (!META.has(k) && !(k in patch)) patch[k] = undefined;
  return patch as Partial<ExperimentContent>;
}
