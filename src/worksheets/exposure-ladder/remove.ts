import type { ExposureLadderRecord } from "./schema";

/**
 * The ids a delete removes: a ladder takes its steps and their practices with
 * it, a step takes its practices, a practice only itself. Empty for an
 * unknown id.
 */
export function idsToRemove(records: readonly ExposureLadderRecord[], id: string): string[] {
  const target = records.find((r) => r.id === id);
  if (!target) return [];
  if (target.kind === "practice") return [id];
  const steps =
    target.kind === "step"
      ? [id]
      : records.filter((r) => r.kind === "step" && r.ladderId === id).map((r) => r.id);
  const stepIds = new Set(steps);
  const practices = records
    .filter((r) => r.kind === "practice" && stepIds.has(r.stepId))
    .map((r) => r.id);
  return [...(target.kind === "ladder" ? [id] : []), ...steps, ...practices];
}
