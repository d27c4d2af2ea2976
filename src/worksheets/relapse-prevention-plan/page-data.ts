import { EXAMPLES_LABEL, SECTIONS, type ContactDraft, type PlanSection } from "./plan";

/** The id of the JSON block the page renders and the island reads. */
export const PAGE_DATA_ID = "relapse-prevention-plan-data";

/** The screens' words. "{}" stands for a name, a number or a date. */
export const TEXT = {
  overview: "Your plan so far",
  has: "has something in it",
  empty: "empty for now",
  printPlan: "Print my plan",
  blank: "Get a blank copy to print",
  goReview: "Go to the review date",
  examples: "Examples",
  saving: "Saving…",
  saved: "Saved",
  memoryOnly: "Kept on this page only",
  notSaved: "Not saved yet: your words are still here.",
  experiments: {
    heading: "From your experiments",
    intro:
      "You wrote these under “What I learned” in your behavioral experiments, newest first. Add any you want to remember.",
    none: "When you finish a behavioral experiment and write down what you learned, it will show up here, ready to add to your plan.",
    tested: "tested: {}",
    inPlan: "In your plan",
    add: "Add to my plan",
    addLabel: "Add to my plan: {}",
    added: "Added to your plan, on a new line.",
    insights: "What your experiments show",
    list: "Your experiments",
  },
  contacts: {
    /** The form's fields, in order: name, label, hint. */
    fields: [
      ["name", "Name", ""],
      ["phone", "Phone number (optional)", "Digits, spaces and + ( ) - are fine."],
      ["relationship", "Who they are to me (optional)", "For example: sister, friend, therapist."],
      ["note", "Note (optional)", "For example: the best time to call, or what helps to say."],
    ] as [keyof ContactDraft, string, string][],
    needed: " (needed)",
    none: "No one added yet.",
    add: "Add someone to contact",
    editHeading: "Edit {}",
    edit: "Edit",
    editLabel: "Edit {}",
    delete: "Delete",
    deleteLabel: "Delete {}",
    call: "Call {}",
    saveNew: "Save this contact",
    saveEdit: "Save changes",
    cancel: "Cancel",
    fixOne: "Please check the marked field. Nothing is saved yet.",
    fixMany: "Please check the {} marked fields. Nothing is saved yet.",
    saved: "Saved {}.",
    removed: "{} was removed from your plan.",
    leave: {
      title: "Leave without saving?",
      text: "The changes you made in this form will be lost.",
      yes: "Leave without saving",
      no: "Keep editing",
    },
    remove: {
      title: "Delete {}?",
      text: "{}, and anything you wrote about them, will be removed from your plan on this device.",
      yes: "Yes, delete",
      no: "Keep them",
    },
  },
  review: {
    or: "Or choose:",
    months: ["In 1 month", "In 3 months", "In 6 months"],
    saved: "Saved. ",
    bad: "Please choose a whole date with a four-digit year, such as {}.",
    keep: "To change the date, choose a new one. Your plan keeps {} until then.",
    next: "Next review:",
  },
};

type Part<T extends PlanSection["type"]> = Extract<PlanSection, { type: T }>;
const words = ({ id, title, prompt, examples }: PlanSection) => ({ id, title, prompt, examples });

/**
 * Everything the island shows that is not the person's own: the parts'
 * titles, prompts and examples, and the screens' words. The page renders it
 * as JSON (data, not code), so it costs HTML rather than JavaScript.
 */
export const buildPageData = () => ({
  /** The written sections and the contacts part, in page order. */
  sections: SECTIONS.filter(
    (s): s is Part<"text" | "contacts"> => s.type === "text" || s.type === "contacts",
  ).map(words) as {
    id: Part<"text" | "contacts">["id"];
    title: string;
    prompt: string;
    examples: readonly string[];
  }[],
  review: words(SECTIONS.find((s) => s.type === "review")!),
  examplesLabel: EXAMPLES_LABEL,
  text: TEXT,
});
export type PageData = ReturnType<typeof buildPageData>;

/** JSON safe to place inside a <script type="application/json"> element. */
export const pageDataJson = (): string => JSON.stringify(buildPageData()).replace(/</g, "\\u003c");
