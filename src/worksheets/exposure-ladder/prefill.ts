import * as v from "../../engine/core/validate";
import { shortText } from "../../engine/homework/limits";
import type { LadderRecord, StepRecord } from "./schema";

/**
 * Exposure-ladder homework: the builder turns the therapist's theme and steps
 * (one a line) into the link's pre-fill, and an accepted link becomes a NEW
 * ladder with its steps. Nothing here changes a ladder the client already has.
 */

/** The most ladder steps a link can carry. */
export const LADDER_STEPS_MAX = 15;
/** How long a theme or a step may be in a link. */
export const PREFILL_LINE_MAX = 200;

/** The ladder's part of a homework link: a fear theme and steps planned in session. */
export const prefillSchema = v.object({
  /** The fear theme. */
  theme: v.optional(shortText(PREFILL_LINE_MAX)),
  /** Steps: a description (d) and expected distress, SUDS 0–100 (s). */
  steps: v.optional(
    v.pipe(
      v.array(
        v.object({
          /** What the step is. */
          d: shortText(PREFILL_LINE_MAX),
          /** Expected distress, 0–100. */
          s: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
        }),
      ),
      v.maxLength(LADDER_STEPS_MAX),
    ),
  ),
});
export type LadderPrefill = v.InferOutput<typeof prefillSchema>;

type PrefillStep = NonNullable<LadderPrefill["steps"]>[number];

/**
 * One builder line as a step. An expected distress may end the line after a
 * comma, colon, dash or in brackets: "Send an email after one read, 30" or
 * "… (30)". A number over 100, or one with no separator ("Call at 5"), stays
 * part of the description. Null for a blank line.
 */
export function stepFromLine(line: string): PrefillStep | null {
  const text = line.trim();
  if (text === "") return null;
  const m = /^(.*?)\s*(?:[,;:–—-]|\()\s*(\d{1,3})\s*\)?$/.exec(text);
  const d = m?.[1]?.trim();
  const s = Number(m?.[2]);
  return (d && s <= 100 ? { d, s } : { d: text }) as PrefillStep;
}

/** Non-blank lines in the builder's steps box, to say when some will not fit. */
export const stepLineCount = (text: string): number =>
  text.split("\n").filter((l) => l.trim() !== "").length;

/**
 * The link's pre-fill from the builder's theme and steps (one a line): trimmed,
 * blank lines dropped, at most LADDER_STEPS_MAX steps, each text capped.
 * Undefined when both are empty.
 */
export function ladderPrefill(theme: string, stepsText: string): LadderPrefill | undefined {
  const t = theme.trim().slice(0, PREFILL_LINE_MAX);
  const steps = stepsText
    .split("\n")
    .flatMap((l) => stepFromLine(l) ?? [])
    .slice(0, LADDER_STEPS_MAX)
    .map((s) => ({ ...s, d: s.d.slice(0, PREFILL_LINE_MAX) }));
  if (!t && steps.length === 0) return undefined;
  return { ...(t ? { theme: t } : {}), ...(steps.length ? { steps } : {}) };
}

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
