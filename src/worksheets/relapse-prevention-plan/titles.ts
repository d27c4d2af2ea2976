import type { PlanPartId } from "./plan";

/**
 * The plan's parts by title, in page order. Kept apart from SECTIONS (with
 * its prompts and examples), so the session summary carries only these words.
 */
export const TITLES: Record<PlanPartId, string> = {
  protecting: "What I'm protecting",
  learned: "What I learned in treatment",
  triggers: "My high-pressure situations and triggers",
  "warning-signs": "My early warning signs",
  coping: "What I will do",
  contacts: "Who I can contact",
  "after-lapse": "What to do after a lapse",
  crisis: "Crisis lines",
  review: "When I will review this plan",
};
