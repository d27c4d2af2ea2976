import type { StepField } from "./record";

/**
 * The words of the thought record, in one place: the form, a saved record, its
 * print and the blank paper copy all ask the same questions. Pages render
 * them as JSON (see page-data.ts), so they are data, not JavaScript.
 * "{}" marks where a name or a number goes (see fill()).
 */
/** The id of the JSON block the pages render and the islands read (see page-data.ts). */
export const PAGE_DATA_ID = "thought-record-data";

export interface FieldWords {
  label: string;
  /** One line under the label: an example, or what the numbers mean. */
  hint?: string;
}

/** What a 0–100 belief rating means. */
export const BELIEF_SCALE =
  "0 means you don't believe it at all; 100 means you are completely sure.";
/** What a 0–100 feeling rating means. */
export const FEELING_SCALE =
  "0 means you don't feel it at all; 100 is the strongest you can imagine.";

export const FIELD_WORDS: Record<StepField, FieldWords> = {
  when: {
    label: "Date and time",
    hint: "When it happened. It starts at the present moment; change it if it was earlier.",
  },
  situation: {
    label: "What was going on",
    hint: "Where you were, who was there, what was happening. For example: “Giving the monthly update to my team. I lost my place on one slide.”",
  },
  emotions: {
    label: "Feelings",
    hint: `Name each feeling in a word or two, like anxious, ashamed or frustrated, and rate how strong it was. ${FEELING_SCALE}`,
  },
  automaticThought: {
    label: "The thought that went through my mind",
    hint: "Write it the way it sounded in your head. For example: “Everyone noticed. They must think I can't do my job.”",
  },
  beliefBefore: { label: "How much I believed it then, 0–100%", hint: BELIEF_SCALE },
  traps: {
    label: "Thinking traps in this thought",
    hint: "Tick any that fit. Picking none is fine, and so is picking several.",
  },
  evidenceFor: {
    label: "Facts that support the thought",
    hint: "Things that really happened, that anyone there could have seen. Leave out feelings and guesses.",
  },
  evidenceAgainst: {
    label: "Facts that don't fit the thought",
    hint: "What would you point out to a friend who had this thought? Times it wasn't true? Anything it leaves out?",
  },
  balancedThought: {
    label: "A more balanced thought",
    hint: "Not forced cheerfulness: a fairer view that takes in all the facts. It can start with “Even though…”.",
  },
  balancedBelief: { label: "How much I believe the balanced thought, 0–100%", hint: BELIEF_SCALE },
  emotionsAfter: {
    label: "My feelings now",
    hint: "Rate each feeling again. If it hasn't changed much, that is worth knowing too.",
  },
  beliefAfter: {
    label: "How much I believe the automatic thought now, 0–100%",
    hint: BELIEF_SCALE,
  },
};

/** Feeling words offered while typing a feeling's name; anything else is fine too. */
export const FEELING_WORDS = [
  "anxious",
  "ashamed",
  "embarrassed",
  "guilty",
  "frustrated",
  "angry",
  "sad",
  "disappointed",
  "hopeless",
  "worried",
  "tense",
  "overwhelmed",
  "lonely",
  "irritated",
];

/** The fixed words of the worksheet's screens: headings, buttons and messages. */
export const TEXT = {
  // The list
  startHeading: "Start a thought record",
  start: "Start a new thought record",
  printBlank: "Print a blank copy",
  listHeading: "Your thought records",
  empty:
    "No thought records yet. A good moment to start one is right after your mood drops, or when a harsh thought about yourself shows up.",
  open: "Open",
  trapsLabel: "Thinking traps: ",

  // Unfinished ones
  draftsHeading: "Unfinished",
  draftsIntro: "These are kept on this device until you save or discard them.",
  draftNew: "Not saved yet. You were on step {} of 7.",
  draftEdit: "Changes to your thought record from {}, not saved yet. You were on step {} of 7.",
  fromTherapist: "Homework from your therapist.",
  nothingYet: "Nothing written yet",
  resume: "Continue",
  discard: "Discard",

  // The chart
  chartHeading: "How your ratings changed",
  chartPick: "Show the ratings of",
  chartTitle: "Feelings and belief, at the time and at the end",
  chartDescription:
    "How strong each feeling was, and how much you believed the automatic thought (0–100), at the time and again at the end of the thought record.",
  chartCategory: "Rating",
  before: "At the time",
  after: "At the end",
  notRated: "not rated",
  noRatings:
    "When you rate your feelings or your belief in a thought, this shows how the ratings changed from the start to the end.",

  // One record
  backToAll: "Back to all thought records",
  detailHeading: "Thought record: {}",
  notFilled: "Not filled in",
  noFeelings: "No feelings listed",
  noTraps: "None picked",
  atTheTime: "At the time: {}",
  edit: "Edit",
  print: "Print this record",
  delete: "Delete",

  // The form
  headings: { new: "New thought record", edit: "Edit thought record" },
  formIntro:
    "Only the automatic thought is needed. Skip anything that doesn't fit. What you write is kept on this device as you go, so you can stop and come back.",
  stepOf: "Step {} of 7",
  required: " (required)",
  reminder: "Your automatic thought",
  believed: "You believed it {}%.",
  feeling: "Feeling {}",
  strength: "How strong, 0–100",
  strengthOf: " (feeling {})",
  remove: "Remove",
  removeFeeling: " feeling {}",
  addAnother: "Add another feeling",
  feelingsFull: "That's the most one thought record can hold. Keep the strongest ones.",
  trapsRead: "What each trap means, with examples",
  picked: "{} picked",
  nowLabel: "{} now, 0–100",
  noneToRerate:
    "You didn't list any feelings, so there is nothing to re-rate here. To add some, go back to step 2.",
  back: "Back",
  next: "Next",
  save: "Save thought record",
  saveChanges: "Save changes",
  later: "Finish later",
  fixOne:
    "One answer needs a small change before you go on. The message is next to it. Nothing you wrote is lost.",
  fixMany:
    "{} answers need a small change before you go on. The message is next to each one. Nothing you wrote is lost.",
  resumed: "Welcome back. This is your unfinished thought record, last changed {}.",
  gone: "That unfinished thought record isn't on this device any more. It may have been saved or discarded, perhaps in another tab. You can start a new one here.",
  stay: "This browser isn't keeping entries right now, so leaving this page would lose what you wrote. To keep it, use “Export my entries” above first.",
  notKept:
    "This is too long to keep on this device, so it is kept only while this page is open. Shortening the longest answer lets it be kept.",

  // Messages after an action
  saved: "Saved. Well done for slowing that thought down.",
  savedEdit: "Saved your changes.",
  kept: "Kept. Your unfinished thought record is listed under “Unfinished”, ready when you are.",
  deleted: "The thought record was deleted.",
  discarded: "The unfinished thought record was discarded.",

  // Asking first
  confirmDelete: {
    title: "Delete this thought record?",
    text: "The thought record from {} and everything written in it will be deleted from this device. This can't be undone.",
    yes: "Yes, delete it",
    no: "Keep it",
  },
  confirmDiscardHere: {
    title: "Discard what you've written?",
    text: "The unsaved writing on this page will be deleted from this device. This can't be undone.",
    yes: "Yes, discard it",
    no: "Keep writing",
  },
  confirmDiscard: {
    title: "Discard this unfinished thought record?",
    text: "What you wrote in it (“{}”) will be deleted from this device. This can't be undone.",
    yes: "Yes, discard it",
    no: "Keep it",
  },
};

/** Puts a name or a number where a text has "{}", in order. */
export const fill = (text: string, ...values: (string | number)[]): string =>
  values.reduce<string>((t, v) => t.replace("{}", String(v)), text);
