/**
 * Every fixed word of the goal planner's pages, in one place.
 *
 * The .astro pages pass these to their islands as props (todayWords() and so
 * on: functions, so that nothing here runs unless a page asks), so the wording is
 * part of the HTML and none of it is in the pages' JavaScript. The day logic
 * takes the words as an argument for the same reason; its tests use these.
 * In a template, {0}, {1}… are filled in with `fill`.
 *
 * Only plain strings here, so that a page which does not use them drops them
 * whole. The limits written out (2,000 characters, 5 to 480 minutes, 1,440
 * minutes a day) are checked against the stored shape's by the unit tests.
 */
/** Example finish lines, offered as ideas for "Good enough looks like…". */
export const FINISH_LINE_EXAMPLES: readonly string[] = [
  "One read-through, then send.",
  "A rough outline with the three main points.",
  "Tidy the desk surface only, not the drawers.",
  "Answer the question asked, in five sentences or fewer.",
  "Cook something warm; it does not need a recipe.",
  "Twenty minutes of study, then stop even mid-page.",
  "Slides are readable; plain fonts and colors are fine.",
];

/** Kind, plain words for each status; none of them reads as failure. */
const STATUS = {
  planned: "Planned",
  done: "Done: good enough",
  partly: "Partly done",
  "let-go": "Let go, on purpose",
};

/** What a goal's facts are called, on its card and in print. */
const FACTS = {
  goodEnoughIs: "Good enough looks like",
  timeBox: "Time box",
  lettingGoOf: "Letting go of",
  stands: "Where it stands",
};

/** The "today" page: /worksheets/goal-planner/. */
/** The notes under a text box at the 2,000-character cap. */
const TEXT_CAP = {
  textOver:
    "This is over the 2,000-character limit ({0} now). Please shorten it a little before saving. Nothing has been cut.",
  textAt: "You have reached the 2,000-character limit for this box.",
};

const TODAY = {
  // Counting goals.
  goal1: "1 goal",
  goalN: "{0} goals",

  // The day and its setup.
  days: "Days",
  prevDay: "Previous day",
  today: "Today",
  nextDay: "Next day",
  goTo: "Go to a date",
  showing: "Showing {0}.",
  perDay: "Goals a day",
  perDayHint: "Three is a good start. Fewer is fine too.",
  limitNow: "Your limit is now {0} a day.",
  avail: "Time I have for goals on this day, in minutes",
  availHint: "For example, 120 for two hours. Leave it empty if you are not sure.",
  availBad: "Pick a whole number of minutes from 0 to 1,440 (a whole day).",

  // The realistic check: it informs and suggests, never blocks.
  timeUnset: "Set how much time you have today to see whether the plan fits.",
  timeNoBoxes: "You have {0} today. Add time boxes to your goals to see how they fit.",
  timeOver:
    "Your time boxes add up to {0}, which is {1} more than the {2} you have. You could shorten a " +
    "time box, make a finish line smaller, or park a goal for another day.",
  timeFits: "Your time boxes add up to {0} of the {1} you have.",
  timeRoom: " That leaves {0} for breaks and surprises.",
  timeExact: " That fits exactly.",

  // Brain dump.
  dumpH: "Brain dump",
  dumpIntro:
    "Get everything out of your head, one thing per line, as long as the list needs to be. " +
    "Nothing on it is a promise. Then pick a few things for {0}.",
  dumpLabel: "What's on your mind?",
  dumpHint: "One thing per line.",
  dumpAdd: "Add to my list",
  dumpAdded1: "Added 1 thing to your list.",
  dumpAddedN: "Added {0} things to your list.",
  dumpEmpty: "Your list is empty.",
  dumpList: "My brain dump",
  dumpLong:
    "One line is longer than 2,000 characters ({0} now). Please split or shorten it. Nothing has been cut.",
  dumpNone: "Write at least one thing, one per line.",
  planIt: "Plan it",
  remove: "Remove",
  yesRemove: "Yes, remove it",
  dumpAsk: "Take this off your list?",
  dumpWhat: "“{0}” will be removed from your brain dump.",
  dumpRemoved: "Removed from your list.",

  // The day's goals.
  goalsH: "Goals for {0} ({1} of {2})",
  earlier1: "One goal from earlier days is still open.",
  earlierN: "{0} goals from earlier days are still open.",
  earlierHow: " Nothing moves by itself: you choose what happens to each, under ",
  goalsEmpty: "No goals for this day yet. Add one below, or plan something from your brain dump.",
  status: STATUS,
  statusSaid: {
    planned: "Back to planned.",
    done: "Done: good enough. Stopping at your finish line is the skill you are practicing.",
    partly: "Partly done. Some progress still counts.",
    "let-go": "Let go, on purpose. Choosing what not to do is a skill too.",
  },
  marked: "“{0}”: {1}",
  changed: "Saved your changes to “{0}”.",
  parkedOne: "Parked “{0}” for another day.",
  deleteAsk: "Delete this goal?",
  deleteWhat: "“{0}” will be deleted from {1}. This can't be undone.",
  yesDelete: "Yes, delete it",
  deleted: "Deleted “{0}”.",
  boxes: "Time boxes so far: {0}.",
  boxesOf: "Time boxes so far: {0} of {1}.",

  // One goal's card.
  carriedFrom: "Carried over from {0}.",
  edit: "Edit",
  parkFor: "Park for another day",
  del: "Delete",
  saveChanges: "Save changes",
  cancel: "Cancel",

  // The time-box timer.
  start: "Start {0}-minute timer",
  started: "Timer started: {0} minutes.",
  pause: "Pause timer",
  paused: "Timer paused with {0} left.",
  reset: "Reset timer",
  wasReset: "Timer reset.",
  resume: "Resume timer",
  resumed: "Timer running again.",
  up: "Time is up for “{0}”. Check your finish line: if it is good enough, you can stop here.",
  left: "left",
  leftPaused: "left, paused",
  ended: "The time box is over.",

  // Adding a goal, and the daily limit.
  addH: "Add a goal",
  planH: "Plan this as a goal",
  atLimit:
    "You have reached your limit of {0} for this day. You can still write one down and park it " +
    "for another day.",
  limit:
    "You already have {0} for today, and your limit is {1}. A short list is one you can actually " +
    "finish, and finishing a few things feels better than dragging a long list into tomorrow. If " +
    "this one matters, you could park it for another day, or swap it for a goal that is already " +
    "on the list.",
  limitGroup: "About your daily limit",
  parkIt: "Park it for another day",
  keepEditing: "Keep editing",
  addGoal: "Add goal",
  clear: "Clear the form",
  added: "Added “{0}” to {1}.",
  notSaved: "That goal could not be saved. Please check each box.",
  notParked: "That could not be parked. Please check each box.",
  inFormCheck: "“{0}” is in the goal form. Check its finish line, then add it.",
  inFormAdd: "“{0}” is in the goal form. Add a finish line, then add it.",

  // A goal's fields.
  task: "The task",
  goodEnough: "Good enough looks like…",
  goodEnoughHint: "Your finish line, decided before you start. When you reach it, you can stop.",
  ideas: "Ideas for a finish line",
  use: "Use “{0}”",
  examples: FINISH_LINE_EXAMPLES,
  minutes: "Time box, in minutes",
  minutesHint: "Optional: 5 to 480.",
  lettingGo: "What I'm letting go of",
  lettingGoHint: "Optional. For example: perfect formatting, or a second draft.",
  taskNeeded: "Write the task in a few words.",
  finishNeeded:
    "Add a finish line: what does good enough look like for this one? " +
    "Deciding before you start makes it easier to stop.",
  minutesBad: "Pick a whole number of minutes from 5 to 480.",
  ...TEXT_CAP,

  // The park list.
  parkedH: "Parked for another day",
  parkedEmpty: "Nothing parked. Things you park wait here, with no date attached.",
  parkedList: "Parked",
  planFor: "Plan it for {0}",
  parkAsk: "Take this off the park list?",
  parkWhat: "“{0}” will be removed from the park list.",
  parkWhatOpen: " Its goal on {0} will count as let go, on purpose.",
  parkRemoved: "Removed “{0}” from the park list.",
  parkedGoodEnough: " Good enough: {0}",
  parkedLettingGo: " Letting go of: {0}",

  // The reflection, in short: it is written on /worksheets/goal-planner/reflect/.
  reflectH: "End-of-day reflection for {0}",
  reflectNone: "No reflection yet for {0}.",
  reflectDone: "You reflected on {0}.",
  reflectScores: " Anxiety {0} of 10, satisfaction {1} of 10.",
  reflectLink: "Reflect on this day",

  // Anything unfinished.
  openH: "Anything unfinished?",
  openIntro:
    "At the end of the day, or whenever you are ready. Nothing moves by itself: for each goal " +
    "still open, you choose to carry it over, park it for another day, or let it go.",
  openNone: "Nothing is open for {0}.",
  openList: "Open from {0}",
  earlierH: "Still open from earlier days",
  carryTo: "Carry over to {0}",
  parkOpen: "Park it",
  letGo: "Let it go",
  carryFull:
    "{0} already has {1} goals, which is your limit. You could park this one instead, or let it go.",
  carried: "Carried “{0}” over to {1}.",
  parkedOpen: "Parked “{0}” for another day. It is on your park list.",
  letGone: "Let “{0}” go, on purpose.",
};

/** The reflection page: /worksheets/goal-planner/reflect/. */
const REFLECT = {
  reflectH: "End-of-day reflection for {0}",
  reflectIntro: "A few minutes at the end of the day. Short answers are fine.",
  stopped: "What happened when I stopped at good enough?",
  predicted: "What did perfectionism predict, and what actually happened?",
  anxiety: "Anxiety now",
  anxietyHint: "0 means none at all, 10 the most you can imagine.",
  satisfaction: "Satisfaction with the day",
  satisfactionHint: "0 means none at all, 10 completely satisfied.",
  saveReflection: "Save reflection",
  reflectEmpty: "Write or rate something first; every part is optional.",
  reflectSaved: "Reflection saved. Thank you for taking a moment with it.",
};

/** The print view: /worksheets/goal-planner/print/ (and the Today page's "Print" section). */
const PRINT = {
  printH: "Print",
  printIntro: "Print this day as a one-page plan, or print a blank copy to fill in on paper.",
  printDay: "Print this day",
  printBlank: "Print a blank copy",
  planOf: "Plan for {0}",
  haveTime: "Time I have: {0}. ",
  boxTotal: "Time boxes: {0}.",
  noGoals: "No goals were set for this day.",
  reflectPrint: "End-of-day reflection",
  stoppedPrint: "What happened when I stopped at good enough",
  predictedPrint: "What perfectionism predicted, and what happened",
  anxietyPrint: "Anxiety now (0–10)",
  satisfactionPrint: "Satisfaction (0–10)",
};

/** The words of the "today" page's island. */
export const todayWords = () => ({ ...TODAY, ...FACTS });
/** The words of the reflection page's island. */
export const reflectWords = () => ({ ...REFLECT, ...TEXT_CAP });
/** The words of the print view's island. */
export const printWords = () => ({ ...PRINT, ...FACTS, status: STATUS });

export type Words = ReturnType<typeof todayWords>;
export type ReflectWords = ReturnType<typeof reflectWords>;
export type PrintWords = ReturnType<typeof printWords>;

/** The "week and history" page: /worksheets/goal-planner/week/. */
export const WEEK_WORDS = {
  weekH: "The week of {0}",
  prevWeek: "Previous week",
  nextWeek: "Next week",
  day: "Day",
  goalsChart: "Goals set and done: good enough",
  goalsChartAbout:
    "For each day, how many goals you set, and how many you finished as good enough.",
  goalsSet: "Goals set",
  goodEnough: "Done: good enough",
  feelChart: "Anxiety and satisfaction",
  feelChartAbout:
    "From your end-of-day reflections, each from 0 to 10. A dash means no rating that day.",
  anxiety: "Anxiety",
  satisfaction: "Satisfaction",
  historyH: "History",
  historyEmpty: "Days you plan or reflect on will be listed here.",
  historyIntro: "Every day with goals or a reflection, newest first. Choose one to open it.",
  all: "Show all {0} days",
  fewer: "Show fewer days",
  goal1: "1 goal",
  goalN: "{0} goals",
  done: ", {0} done: good enough",
  reflected: "; reflection written",
};

export type WeekWords = typeof WEEK_WORDS;
