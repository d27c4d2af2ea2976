/**
 * The fixed words of the worksheet's screens: headings, buttons, messages.
 * The page renders them into its JSON block (see page-data.ts), so they are
 * data, not JavaScript. "{}" marks where a name or a number goes (see fill()).
 */
export const TEXT = {
  // The list
  listHeading: "Your experiments",
  readyOne: "1 experiment is ready for you to record what happened.",
  readyMany: "{} experiments are ready for you to record what happened.",
  empty:
    "No experiments yet. A template is the quickest way to begin: it fills in a common belief and a small, safe way to test it.",
  show: "Show",
  filters: { all: "All", planned: "Planned", done: "Done" },
  sortBy: "Sort by date",
  newest: "Newest first",
  oldest: "Oldest first",
  noneDone: "None done yet. When you record what happened, the experiment moves here.",
  nonePlanned: "Nothing planned right now. Start a new experiment whenever you're ready.",
  beliefLabel: "Belief: ",
  open: "Open",

  // Status badges
  done: "Done",
  doneOn: "Done on {}",
  plannedFor: "Planned for {}",
  readyFor: "Ready to record what happened (planned for {})",
  noDate: "Planned, no date set",

  // One record
  backToAll: "Back to all experiments",
  before: "Before the experiment",
  after: "After the experiment",
  notRecorded: "Not recorded yet. After you've tried it, choose “Record what happened”.",
  notFilled: "Not filled in",
  record: "Record what happened",
  planNext: "Plan a next experiment",
  edit: "Edit",
  print: "Print this record",
  delete: "Delete",

  // Templates
  fromTemplateHint: "Filled in from “{}”. Change anything so it fits you.",

  // The form
  headings: {
    new: "Plan an experiment",
    edit: "Edit this experiment",
    record: "Record what happened",
  },
  formIntro:
    "Only the belief is required. Skip anything that doesn't fit, and come back to it whenever you like.",
  required: " (required)",
  ritual: "Ritual or safety behavior {}",
  remove: "Remove",
  removeRitual: " ritual {}",
  addOne: "Add one",
  addAnother: "Add another",
  ritualName: "ritual or safety behavior",
  ritualsFull: "That's the most one experiment can hold.",
  clear: "Clear this answer",
  nextHeading: "A next experiment",
  nextHint:
    "Want to build on this one? Save and start a next experiment. Your belief, the other view, your latest ratings and the rituals carry over.",
  saveAndNext: "Save and plan a next experiment",
  later: "Save your plan now. After you've tried it, come back and choose “Record what happened”.",
  already: "I've already done it: add what happened",
  save: "Save",
  cancel: "Cancel",
  fixOne: "Nothing is saved yet: one answer needs a small change. The message is next to it.",
  fixMany: "Nothing is saved yet: {} answers need a small change. The message is next to each one.",

  // Messages after an action
  savedDone: "Saved. Thank you for taking the time to write down what happened.",
  savedPlan: "Saved your plan. After you've tried it, come back and choose “Record what happened”.",
  savedEdit: "Saved your changes.",
  savedNext: "Saved. Now plan your next experiment.",
  deleted: "The experiment was deleted.",

  // Asking first
  confirmLeave: {
    title: "Leave without saving?",
    text: "The changes you made here will be lost.",
    yes: "Leave without saving",
    no: "Keep editing",
  },
  confirmDelete: {
    title: "Delete this experiment?",
    text: "“{}” and everything written in it will be deleted from this device. This can't be undone.",
    yes: "Yes, delete it",
    no: "Keep it",
  },
};

/** Puts a name or a number where a text has "{}". */
export const fill = (text: string, value: string | number): string =>
  text.replace("{}", String(value));
