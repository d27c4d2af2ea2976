import type { ExperimentRecord } from "./schema";
import { emptyDraft, type ExperimentDraft } from "./record";

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

export const TEMPLATES: readonly ExperimentTemplate[] = [
  {
    id: "email-one-read",
    title: "Send an email after one read",
    situation: "An email that needs to go out today, to a coworker, a teacher or a friend.",
    belief:
      "If I send an email without rereading it several times, people will think I'm careless.",
    experiment: "Write the email, read it through once, and send it.",
    ritualsToDrop: [
      "Rereading it more than once",
      "Asking someone else to look it over",
      "Rewording it after the first read",
      "Checking the sent folder afterwards",
    ],
    prediction: "The person will spot a mistake and think less of me.",
    caution: true,
  },
  {
    id: "small-mistake",
    title: "Make a small mistake on purpose",
    situation: "An everyday task where a tiny slip would do no real harm.",
    belief: "If I make even a small mistake, people will notice and judge me for it.",
    experiment:
      "Make one small mistake on purpose, like a typo in a message or a picture hung a little crooked. Then notice what happens.",
    ritualsToDrop: [
      "Fixing it straight away",
      "Pointing it out before anyone else can",
      "Saying sorry for it",
    ],
    prediction: "Someone will point it out, and I'll feel embarrassed for the rest of the day.",
  },
  {
    id: "dishes-overnight",
    title: "Leave the dishes overnight",
    situation: "The evening, with a few dishes still in the sink.",
    belief: "If I leave things untidy, I won't be able to relax, and it shows I'm lazy.",
    experiment: "Leave the dishes in the sink tonight and wash them tomorrow.",
    ritualsToDrop: [
      "Going back to look at the kitchen",
      "Washing just one or two",
      "Explaining the mess to anyone at home",
    ],
    prediction: "I won't be able to fall asleep until they're done.",
  },
  {
    id: "good-enough-work",
    title: "Hand in work at “good enough”",
    situation: "A piece of work with a deadline, like a report, an assignment or a project.",
    belief: "Unless my work is perfect, it's a failure, and so am I.",
    experiment:
      "Decide ahead of time what “good enough” looks like. Stop when you get there, and hand it in.",
    ritualsToDrop: [
      "One last round of polishing",
      "Staying up late to redo parts",
      "Adding extra work nobody asked for",
    ],
    prediction:
      "I'll get a poor grade or harsh comments, and people will see I'm not as good as they thought.",
  },
  {
    id: "feedback-no-apology",
    title: "Ask for feedback without apologizing first",
    situation: "Something I've made that I'd like another person's view on.",
    belief:
      "If I don't apologize for my work before showing it, people will think I'm full of myself.",
    experiment:
      "Ask for feedback in one simple sentence, like “Could you tell me what you think of this?”, with no apology or excuses in front.",
    ritualsToDrop: [
      "Apologizing before asking",
      "Putting the work down first (“it's probably awful”)",
      "Listing every reason it isn't finished",
    ],
    prediction: "They'll be harder on it, or think I'm arrogant.",
  },
  {
    id: "delay-checking",
    title: "Wait 30 minutes before checking",
    situation:
      "Something I usually check right away where no one's safety depends on it, like a sent message, a saved file or finished work.",
    belief:
      "If I don't check right away, something will go wrong, and I won't be able to stand the worry.",
    experiment:
      "When the urge to check comes, set a timer for 30 minutes and wait. When it goes off, decide whether you still need to check.",
    ritualsToDrop: [
      "Checking “just quickly”",
      "Asking someone else to check for me",
      "Going over it again and again in my head",
    ],
    prediction: "My worry will keep climbing the whole time until I check.",
    caution: true,
  },
  {
    id: "meeting-no-overprep",
    title: "Go to a meeting without over-preparing",
    situation:
      "A meeting, class or appointment that I'd usually prepare for far more than it needs.",
    belief: "If I don't prepare for every possible question, I'll look stupid.",
    experiment:
      "Give yourself a set time to get ready, such as 15 minutes. Then stop and go in with what you have.",
    ritualsToDrop: [
      "Writing out answers to every question I can think of",
      "Practicing what to say over and over",
      "Rereading my notes right before it starts",
    ],
    prediction: "Someone will ask something I can't answer, and they'll decide I'm not up to it.",
  },
  {
    id: "say-i-dont-know",
    title: "Say “I don't know” once",
    situation: "A conversation where someone asks me something I'm not sure about.",
    belief: "If I admit I don't know something, people will think I'm not smart enough.",
    experiment:
      "Once this week, when you don't know an answer, say “I don't know.” You can add “I'll find out” if you like.",
    ritualsToDrop: [
      "Making up an answer",
      "Changing the subject",
      "Explaining at length why I don't know",
    ],
    prediction: "They'll look surprised and trust me less from then on.",
  },
  {
    id: "creative-no-goal",
    title: "Do something creative with no goal",
    situation: "Some free time at home.",
    belief: "If something isn't useful or done well, it's a waste of time.",
    experiment:
      "Spend 20 minutes drawing, writing, cooking or making music just for fun, with no plan to keep it, share it or make it better.",
    ritualsToDrop: [
      "Judging it while I go",
      "Starting over when it doesn't look right",
      "Looking up the “proper” way to do it first",
    ],
    prediction: "I'll feel restless, and it will feel like wasted time.",
  },
  {
    id: "unplanned-outfit",
    title: "Wear something unplanned",
    situation: "Getting dressed for an ordinary day.",
    belief: "If I don't look just right, people will notice and think less of me.",
    experiment:
      "Put on the first clean outfit you reach for, without trying anything else on, and wear it all day.",
    ritualsToDrop: [
      "Changing outfits",
      "Checking the mirror again and again",
      "Asking other people how I look",
    ],
    prediction: "Someone will comment on how I look, and I'll feel self-conscious all day.",
    caution: true,
  },
  {
    id: "share-unpolished",
    title: "Post or share something unpolished",
    situation: "A photo, message, post or idea I'd like to share with others.",
    belief:
      "If I share something that isn't polished, people will think I'm sloppy or not good enough.",
    experiment:
      "Share it after one quick look, without editing it, adding filters or rewriting the words.",
    ritualsToDrop: [
      "Editing it over and over",
      "Deleting it and starting again",
      "Checking for reactions every few minutes",
    ],
    prediction: "Hardly anyone will respond, or someone will say something unkind.",
    caution: true,
  },
  {
    id: "task-at-80",
    title: "Leave a task at 80%",
    situation:
      "A task where the last little bit takes the most time, like tidying a room, a slide deck or a long message.",
    belief:
      "If I leave a task less than fully finished, I won't stop thinking about it and things will fall apart.",
    experiment:
      "Work on the task until it's about 80% done. Then stop and move on to something else.",
    ritualsToDrop: [
      "Going back to finish “just one more bit”",
      "Making a list of everything left undone",
      "Looking it over again later",
    ],
    prediction: "I'll feel so uneasy that I'll have to go back and finish it.",
  },
];

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
export const NEXT_WORDS = {
  lead: "Last time your prediction came true, at least in part. That is useful to know, not a failure. ",
  prompt:
    "Your belief and latest ratings are carried over. Now choose a situation and what you will do: " +
    "you could take the last experiment one small step further, or try it somewhere new.",
};

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
