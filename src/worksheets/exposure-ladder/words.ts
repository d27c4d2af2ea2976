/**
 * The fixed words of the exposure ladder's two screens. The .astro pages pass
 * them to their islands as a prop, so the wording is part of the HTML, not of
 * the pages' JavaScript. "{}" marks where a name or a number goes, in order
 * (see fill in ladder.ts). The messages that depend on the person's entries
 * (gaps, advice, progress, checks, the question before a delete) are here
 * too: the functions in steps.ts, practice.ts and view.ts take them as an
 * argument, and their tests use these.
 */

import type { DeleteWords } from "./view";
import type { StepWords } from "./steps";
import type { PracticeMessages } from "./practice";

const STEPS = ["{} step", "{} steps"] as const;
const PRACTICES = ["{} practice", "{} practices"] as const;
const GONE = "will be deleted from this device. This can't be undone.";

/** The question asked before a delete (deleteQuestion in view.ts). */
export const DELETE_WORDS: DeleteWords = {
  steps: STEPS,
  practices: PRACTICES,
  deleteLadder: { title: "Delete this ladder?", text: `“{}”, its {} and {} ${GONE}` },
  deleteStep: {
    title: "Delete this step?",
    text: `“{}” and its {} ${GONE}`,
    alone: `“{}” ${GONE}`,
  },
  deletePractice: { title: "Delete this practice?", text: `The practice on {} ${GONE}` },
};

/** The ladder's notes and checks (steps.ts). */
export const STEP_WORDS: StepWords = {
  steps: STEPS,
  practices: PRACTICES,
  gap:
    "There is a jump of {} points between “{}” ({}) and “{}” ({}). If that feels like a big " +
    "climb, you could add a step in between.",
  adviceNone:
    "Start with one step that feels only a little uncomfortable. Most ladders grow to about {} " +
    "to {} steps, added bit by bit.",
  adviceFew:
    "You have {} so far. Ladders often work well with {} to {}, so you could add a few " +
    "in-between steps to make each climb smaller. There is no rush.",
  adviceMany:
    "You have {}, and that is fine. If the list starts to feel long, you could group steps that " +
    "are alike.",
  overview: "{}, {} mastered, {}.",
  noStepsYet: "No steps yet.",
  noPracticeYet: "No practices logged yet.",
  practicedOn: "{}, on {}.",
  practicedFrom: "{}, {} to {}.",
  peaks: " Peak distress: {}.",
  themeNeeded:
    "Name the fear this ladder works on, in a few words, for example “being seen to make a mistake”.",
  descriptionNeeded: "Describe the step in a few words, so you know what to practice.",
  sudsNeeded:
    "Add the distress you expect, as a whole number from 0 to 100. A rough guess is fine.",
  ritualsTooMany: "You can list up to {} things to drop for one step. Try combining a few.",
};

/** A practice's checks and a step's progress (practice.ts). */
export const PRACTICE_MESSAGES: PracticeMessages = {
  practices: PRACTICES,
  dayNeeded: "Pick the day you practiced from the calendar.",
  ratingNeeded: "Use a whole number from 0 to 100, or leave it empty.",
  noPracticeYet: "When you log a practice of this step, your progress will show here.",
  onePeak: "You have logged {}. Rate your peak distress in at least two to see how it changes.",
  peakFell:
    "Across {}, your peak distress went from {} to {}. Each practice gave your mind a chance " +
    "to learn something new.",
  peakSame:
    "Across {}, your peak distress stayed at {}. Distress often goes up and down before it " +
    "settles, and every practice still counts. If a step feels stuck, a therapist can help you " +
    "adjust it.",
  peakRose:
    "Across {}, your peak distress went from {} to {}. Distress often goes up and down before " +
    "it settles, and every practice still counts. If a step feels stuck, a therapist can help " +
    "you adjust it.",
};

/** Words both screens use. */
const COMMON = {
  ...DELETE_WORDS,
  suds: "Expected distress: {} out of 100",
  unrated:
    "Expected distress: not rated yet. Choose “Edit” to add it, so the step finds its place.",
  drop: "Rituals or safety behaviors to drop",
  mastered: "Mastered",
  masteredOn: "Mastered on {}",
  marked: "Marked “{}” as mastered. Well done for sticking with it.",
  unmarked: "“{}” is no longer marked as mastered.",
  edit: "Edit",
  delete: "Delete",
  cancel: "Cancel",
  saveChanges: "Save changes",
  keep: "Keep it",
  yesDelete: "Yes, delete it",
  fixOne: "Nothing is saved yet: one answer needs a small change. The message is next to it.",
  fixMany: "Nothing is saved yet: {} answers need a small change. The message is next to each one.",
  leave: {
    title: "Leave without saving?",
    text: "The changes you made here will be lost.",
    yes: "Leave without saving",
    no: "Keep editing",
  },
};

/** The ladders: the list, one ladder, and its steps. */
export const LADDER_WORDS = {
  ...COMMON,
  ...STEP_WORDS,
  listHeading: "Your ladders",
  empty: "You have no ladders yet. Start one below with the fear it works on.",
  notFound:
    "That ladder isn't on this device. It may have been deleted, or made in another browser. Here are the ladders this browser has.",
  nextStep: "Next step: {}",
  newHeading: "Start a new ladder",
  theme: "The fear this ladder works on",
  themeHint:
    "A few words, for example “being seen to make a mistake” or “handing in work that isn't perfect”.",
  notes: "Notes (optional)",
  notesHint: "Anything you want to remember, such as where this fear shows up most.",
  start: "Start this ladder",
  printBlank: "Print a blank ladder to fill in by hand",
  started:
    "Your ladder is ready. Add its first step below: something that feels only a little uncomfortable.",
  allLadders: "All your ladders",
  editLadder: "Rename or add notes",
  ladderSaved: "Saved your changes.",
  printLadder: "Print this ladder",
  removeLadder: "Delete this ladder",
  ladderDeleted: "The ladder was deleted.",
  nextHeading: "Next step to practice",
  allMastered:
    "You have mastered every step on this ladder. That took courage and practice. You could add a harder step, or talk with your therapist about what comes next.",
  stepsHeading: "Steps, from least to most distress",
  practiceLog: "Practice log",
  printedOn: "Printed on {}",
  addHeading: "Add a step",
  editHeading: "Edit this step",
  description: "The step: what you will do",
  descriptionHint:
    "Something specific you can practice, for example “send a short email after reading it once”.",
  sudsLabel: "Distress you expect, 0–100",
  sudsHint:
    "0 means calm and 100 the most distress you can imagine (see “How to rate distress” above). A rough guess is fine.",
  rituals: "Rituals or safety behaviors to drop (optional)",
  ritualsHint:
    "One per line: the checking, fixing or asking for reassurance that you will hold back from during this step.",
  addStep: "Add this step",
  added: "Added “{}”. It is step {} of {}.",
  stepSaved: "Saved. “{}” is step {} of {}.",
  stepDeleted: "The step was deleted.",
};
export type LadderWords = typeof LADDER_WORDS;

/** One step's page: its practice log and how the distress changed. */
export const PRACTICE_WORDS = {
  ...COMMON,
  ...PRACTICE_MESSAGES,
  notFound:
    "This step isn't on this device. It may have been deleted, or the link may come from another browser.",
  toLadders: "Go to your ladders",
  back: "Back to the ladder: {}",
  place: "Step {} of {} on this ladder.",
  masteredLabel: "I have mastered this step",
  masteredHint: "Tick this when the step has become manageable. You can untick it at any time.",
  logHeading: "Log a practice",
  logIntro:
    "Rate your distress from 0 (calm) to 100 (the most you can imagine). Every rating is optional.",
  day: "Day you practiced",
  before: "Distress just before you started, 0–100",
  peak: "Distress at its highest, 0–100",
  after: "Distress when it was over, 0–100",
  notes: "What you noticed (optional)",
  notesHint:
    "For example: what you feared, what actually happened, and what you held back from doing.",
  save: "Save this practice",
  saved: "Saved your practice from {}.",
  edited: "Saved your changes.",
  deleted: "The practice was deleted.",
  practiceN: "Practice {}, {}",
  editHeading: "Edit: {}",
  progressHeading: "How your distress changed",
  chartTitle: "Distress in each practice",
  chartDescription:
    "Your distress before, at its highest and after each practice of this step, from 0 to 100, oldest first.",
  practice: "Practice",
  dayColumn: "Day",
  beforeShort: "Before",
  peakShort: "At its highest",
  afterShort: "After",
  listHeading: "Your practices",
  none: "No practices yet. After you try this step, log how it went above.",
  ratings: "Before: {}. At its highest: {}. After: {}.",
  notRated: "not rated",
};
export type PracticeWords = typeof PRACTICE_WORDS;
