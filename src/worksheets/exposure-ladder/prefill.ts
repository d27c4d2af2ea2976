import type { Homework } from "../../engine/homework/link-schema";
import type { LadderRecord, StepRecord } from "./schema";

/**
 * Exposure-ladder homework: an accepted link becomes a NEW ladder with its
 * steps. Nothing here changes a ladder the client already has. (The link
 * builder's side is in builder.ts, so each page loads only its own half.)
 */

export type LadderPrefill = NonNullable<Extract<Homework, { w: "exposure-ladder" }>["prefill"]>;

/** The ladder's name when the therapist sent steps without a theme; the client can rename it. */
export const HOMEWORK_THEME = "The ladder from my therapist";

type Content<R> = Omit<R, "id" | "createdAt" | "updatedAt">;

/**
 * A new ladder and its steps from an accepted link, tagged with the
 * assignment's id. A step without a rating is left for the client to rate.
 * Null when the link pre-fills nothing: the client starts their own ladder.
 */
export function ladderFromPrefill(
  prefill: LadderPrefill | undefined,
  homeworkId: string,
): { ladder: Content<LadderRecord>; steps: Omit<Content<StepRecord>, "ladderId">[] } | null {
  const theme = prefill?.theme?.trim() ?? "";
  const steps = (prefill?.steps ?? []).filter((s) => s.d.trim() !== "");
  if (!theme && steps.length === 0) return null;
  return {
    ladder: { kind: "ladder", theme: theme || HOMEWORK_THEME, homeworkId },
    steps: steps.map((s) => ({
      kind: "step",
      description: s.d.trim(),
      ...(s.s === undefined ? {} : { expectedSuds: s.s }),
      mastered: false,
    })),
  };
}
