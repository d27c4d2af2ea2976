import type { Homework } from "./link-schema";
import type { ExperimentRecord } from "../../worksheets/experiment-tracker/schema";

/**
 * What a homework link's pre-fill adds. Each function returns only NEW content;
 * nothing here ever changes what the client already has.
 */

type ExperimentPrefill = Extract<Homework, { w: "experiment-tracker" }>["prefill"];
type GoalPrefill = Extract<Homework, { w: "goal-planner" }>["prefill"];
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

/**
 * A planned experiment from a template and/or the therapist's own words (theirs
 * win). Null when there is no belief to test: the client starts their own.
 * Undefined when the link names a template this site does not have.
 */
export function experimentFromPrefill(
  prefill: ExperimentPrefill,
  homeworkId: string,
  templates: readonly TemplateFields[],
): ExperimentContent | null | undefined {
  const t = prefill?.template ? templates.find((x) => x.id === prefill.template) : undefined;
  if (prefill?.template && !t) return undefined;
  const belief = (prefill?.belief ?? t?.belief ?? "").trim();
  if (!belief) return null;
  const rituals = prefill?.rituals ?? t?.ritualsToDrop ?? [];
  const experiment = prefill?.experiment ?? t?.experiment;
  return {
    kind: "experiment",
    status: "planned",
    belief,
    ...(t ? { templateId: t.id, situation: t.situation } : {}),
    ...(experiment ? { experiment } : {}),
    ...(rituals.length ? { ritualsToDrop: [...rituals] } : {}),
    ...(t?.prediction ? { prediction: t.prediction } : {}),
    homeworkId,
  };
}

/**
 * For the goal planner: a daily limit only when the client has not chosen one
 * yet, and the focus as a brain-dump line, so it is in view when they plan.
 */
export function goalPlannerFromPrefill(prefill: GoalPrefill, hasSettings: boolean) {
  return {
    limit: prefill?.limit !== undefined && !hasSettings ? prefill.limit : undefined,
    focus: prefill?.focus?.trim()
      ? `Practice from my therapist: ${prefill.focus.trim()}`
      : undefined,
  };
}
