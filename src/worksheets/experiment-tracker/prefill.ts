import * as v from "../../engine/core/validate";
import { PREFILL_TEXT_MAX, shortText } from "../../engine/homework/limits";
import type { ExperimentRecord } from "./schema";
import { RITUALS_MAX } from "./link-limits";
/** The experiment tracker's part of a homework link: a template, or the therapist's own words. */
export const prefillSchema = v.object({
  /** A template id from ./templates.ts. */
  template: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/))),
  /** The belief to test. */
  belief: v.optional(shortText(PREFILL_TEXT_MAX)),
  /** What the client will do. */
  experiment: v.optional(shortText(PREFILL_TEXT_MAX)),
  /** Rituals or safety behaviors to drop. */
  rituals: v.optional(v.pipe(v.array(shortText(200)), v.maxLength(RITUALS_MAX))),
});
export type ExperimentPrefill = v.InferOutput<typeof prefillSchema>;
export type ExperimentContent = Omit<ExperimentRecord, "id" | "createdAt" | "updatedAt">;

/** The parts of an experiment template a pre-fill uses. */
export interface TemplateFields {
  id: string;
  situation: string;
  belief: string;
  experiment: string;
  ritualsToDrop: readonly string[];
  prediction?: string;
}

/** Why part of a pre-fill cannot be used: a template this site lacks, or no belief to test. */
export type Dropped = "unknown-template" | "no-belief";

/**
 * What an experiment homework link adds, decided before "Add": a planned
 * experiment from a template and/or the therapist's own words (theirs win),
 * and what cannot be used. A template this site does not have is left out and
 * the therapist's own words still used. With no belief to test nothing is
 * made, and anything else the link carried is reported as left out. The
 * assignment's due date (`due`, YYYY-MM-DD) becomes the planned date, as no
 * template carries one.
 */
export function experimentFromPrefill(
  prefill: ExperimentPrefill | undefined,
  homeworkId: string,
  templates: readonly TemplateFields[],
  due?: string,
): { content: ExperimentContent | null; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const t = prefill?.template ? templates.find((x) => x.id === prefill.template) : undefined;
  if (prefill?.template && !t) dropped.push("unknown-template");
  const belief = (prefill?.belief ?? t?.belief ?? "").trim();
  const rituals = prefill?.rituals ?? t?.ritualsToDrop ?? [];
  const experiment = prefill?.experiment ?? t?.experiment;
  if (!belief) {
    if (experiment?.trim() || rituals.length) dropped.push("no-belief");
    return { content: null, dropped };
  }
  return {
    content: {
      kind: "experiment",
      status: "planned",
      belief,
      ...(t ? { templateId: t.id, situation: t.situation } : {}),
      ...(experiment ? { experiment } : {}),
      ...(rituals.length ? { ritualsToDrop: [...rituals] } : {}),
      ...(t?.prediction ? { prediction: t.prediction } : {}),
      ...(due ? { plannedDate: due } : {}),
      homeworkId,
    },
    dropped,
  };
}

/** The ready experiments the builder offers (read on the server, so their text stays out of its script). */
export const builderChoices = async () =>
  (await import("./templates")).TEMPLATES.map((t) => ({ id: t.id, title: t.title }));
