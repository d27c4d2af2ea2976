/**
 * Every fixed word of the journal's screens and the exercise timer, in one place.
 *
 * The .astro pages pass these to their islands as props (journalWords() and
 * timerWords(): functions, so nothing here runs unless a page asks), so the
 * wording is part of the HTML and none of it is in the pages' JavaScript.
 * In a template, {0}, {1}… are filled in with `fill`.
 */

/** A template with {0}, {1}… filled in, e.g. fill("Step {0} of {1}", 2, 9) is "Step 2 of 9". */
export const fill = (template: string, ...values: unknown[]): string =>
  template.replace(/\{(\d)\}/g, (_, i: string) => String(values[+i]));

/** The journal page: /worksheets/self-compassion-journal/. */
export const journalWords = () => ({
  // The list
  listH: "Your entries",
  empty:
    "No entries yet. When you write one, it appears here, with the newest at the top. One short entry is a fine start.",
  countOne: "1 entry in all.",
  countMany: "{0} entries in all.",
  open: "Open",
  openLabel: "Open the entry for {0}",
  writeIt: "Write this entry",
  writeLabel: "Write this entry: {0}",
  homework: "Homework from your therapist",
  homeworkTodo: "Homework from your therapist, ready for you to write",

  // Search
  searchLabel: "Search your entries",
  searchHint:
    "Finds entries by any word in your answers. Capital letters and accents don't matter.",
  searchRegion: "Search your journal",
  clearSearch: "Clear the search",
  matchOne: "1 entry matches “{0}”.",
  matchMany: "{0} entries match “{1}”.",
  matchNone:
    "No entries match “{0}”. Try a different or shorter word, or clear the search to see all your entries.",
  foundIn: "Found in",

  // One entry
  backToAll: "Back to all entries",
  notFilled: "Not filled in",
  edit: "Edit",
  print: "Print this entry",
  delete: "Delete",

  // Printing chosen entries
  printH: "Print your entries",
  printIntro:
    "Choose the entries to print. Only those entries print, one after another, with nothing else from the page.",
  printPick: "Entries to print",
  pickAll: "Choose all",
  pickNone: "Choose none",
  printGo: "Print the chosen entries",
  chosenOne: "1 entry chosen.",
  chosenMany: "{0} entries chosen.",
  chooseFirst: "Choose at least one entry to print.",
  previewH: "What will print",
  previewNone: "Nothing is chosen yet.",

  // The form
  newH: "Write a new entry",
  editH: "Edit this entry",
  formIntro:
    "Answer any of the prompts, in as many or as few words as you like. It is fine to leave some empty.",
  date: "Date",
  prompts: "Your answers",
  left: "{0} characters left",
  over: "{0} characters over the limit",
  save: "Save entry",
  cancel: "Cancel",
  fixOne: "Nothing is saved yet: one thing needs a small change. The message is next to it.",
  fixMany: "Nothing is saved yet: {0} things need a small change. The message is next to each one.",

  // After an action
  savedNew: "Saved. Thank you for taking a few minutes for yourself.",
  savedEdit: "Saved your changes.",
  deleted: "The entry was deleted.",

  // Asking first
  confirmLeave: {
    title: "Leave without saving?",
    text: "What you wrote here since you opened it will be lost.",
    yes: "Leave without saving",
    no: "Keep writing",
  },
  confirmDelete: {
    title: "Delete this entry?",
    text: "The entry for {0}, and everything written in it, will be deleted from this device. This can't be undone.",
    yes: "Yes, delete it",
    no: "Keep it",
  },
});
export type JournalWords = ReturnType<typeof journalWords>;

/** The exercise timer: /worksheets/self-compassion-journal/exercise/. */
export const timerWords = () => ({
  start: "Start the timer",
  pause: "Pause",
  resume: "Resume",
  again: "Start again",
  reset: "Reset",
  prev: "Previous step",
  next: "Next step",
  stepOf: "Step {0} of {1}",
  left: "{0} left in this step",
  ready: "Press “Start the timer” when you are ready. It moves through the steps for you.",
  paused: "Paused. Take as long as you need.",
  done: "That's the end of the exercise. Take a moment before you carry on with your day.",
  sayStep: "Step {0} of {1}: {2}",
  sayPaused: "Timer paused.",
  sayReset: "Timer reset to the first step.",
  sayDone: "The exercise is finished.",
});
export type TimerWords = ReturnType<typeof timerWords>;
