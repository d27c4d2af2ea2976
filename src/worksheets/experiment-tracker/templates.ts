import type { ExperimentRecord } from "./schema";
import { emptyDraft, type ExperimentDraft } from "./record";
import text from "./words/templates.en.json";
import en from "./words/en.json";

/** A ready-made experiment a person can start from and change as they like. */
export interface ExperimentTemplate {
  id: string;
  title: string;
  situation: string;
  belief: string;
  experiment: string;
  ritualsToDrop: string[];
  prediction?: string;
  /**
   * True when it drops checking or mirror-checking: the template then shows the
   * safety caution's note (content/safety-caution.json) beside it.
   */
  caution?: boolean;
}

/** Which templates there are, in the order shown; their words are in words/templates.en.json. */
const SHAPES: readonly { id: keyof typeof text; caution?: true }[] = [
  { id: "email-one-read", caution: true },
  { id: "small-mistake" },
  { id: "dishes-overnight" },
  { id: "good-enough-work" },
  { id: "feedback-no-apology" },
  { id: "delay-checking", caution: true },
  { id: "meeting-no-overprep" },
  { id: "say-i-dont-know" },
  { id: "creative-no-goal" },
  { id: "unplanned-outfit", caution: true },
  { id: "share-unpolished", caution: true },
  { id: "task-at-80" },
];

// Marked pure so an island that only needs the functions below drops the words.
export const TEMPLATES: readonly ExperimentTemplate[] = /* @__PURE__ */ SHAPES.map(
  ({ id, caution }) => ({ id, ...text[id], ...(caution ? { caution } : {}) }),
);

/**
 * The prompt above a form started from a template: a template that drops
 * checking adds the safety caution's note to it.
 */
export const templateHint = (
  template: ExperimentTemplate,
  hint: string,
  cautionNote: string,
): string => (template.caution ? `${hint} ${cautionNote}` : hint);

/** The template with this id, if there is one. */
export const findTemplate = (id: string): ExperimentTemplate | undefined =>
  TEMPLATES.find((t) => t.id === id);

/**
 * A new draft from a template: situation, belief, experiment, rituals and
 * prediction filled in, linked by templateId; every other field empty.
 */
export function draftFromTemplate(template: ExperimentTemplate): ExperimentDraft {
  return {
    ...emptyDraft(),
    situation: template.situation,
    belief: template.belief,
    experiment: template.experiment,
    ritualsToDrop: [...template.ritualsToDrop],
    prediction: template.prediction ?? "",
    templateId: template.id,
  };
}

export interface NextExperiment {
  draft: ExperimentDraft;
  /** A short, kind prompt to show above the empty "situation" and "what I will do" fields. */
  hint: string;
}

/** The words of that prompt: a lead when the last prediction came true, then the prompt. */
const nextWords = (w: typeof en) => ({ lead: w.nextLead, prompt: w.nextPrompt });
// Marked pure, like TEMPLATES: the island reads these words from page data.
export const NEXT_WORDS = /* @__PURE__ */ nextWords(en);

/**
 * The draft of a "next experiment" that follows a done one. It keeps the
 * belief, the alternative and the rituals, and links back by previousId. The
 * last re-ratings (beliefAfter, alternativeAfter) become the new starting
 * ratings; when a re-rating was skipped the starting rating is left empty
 * rather than copying the old "before" rating, which may no longer be true.
 * The situation, the plan and the prediction are left for the person.
 */
export const nextDraft = (record: ExperimentRecord): ExperimentDraft => ({
  ...emptyDraft(),
  belief: record.belief,
  beliefBefore: record.beliefAfter === undefined ? "" : String(record.beliefAfter),
  alternative: record.alternative ?? "",
  alternativeBefore: record.alternativeAfter === undefined ? "" : String(record.alternativeAfter),
  ritualsToDrop: [...(record.ritualsToDrop ?? [])],
  previousId: record.id,
});

/**
 * The prompt above a next experiment, in these words. A prediction that came
 * true is named as useful to know, not as a failure.
 */
export const nextHint = (record: ExperimentRecord, w: typeof NEXT_WORDS): string =>
  (record.predictionCameTrue === "yes" || record.predictionCameTrue === "partly" ? w.lead : "") +
  w.prompt;

/** A next experiment: its draft, and the prompt to show with it. */
export const draftFromPrevious = (record: ExperimentRecord): NextExperiment => ({
  draft: nextDraft(record),
  hint: nextHint(record, NEXT_WORDS),
});
