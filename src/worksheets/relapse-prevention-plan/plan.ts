import { TEXT_MAX } from "../../engine/storage/record";
import { TITLES } from "./titles";
import { tooLong } from "./edit";
import {
  NAME_MAX,
  PHONE_MAX,
  PHONE_PATTERN,
  type ContactRecord,
  type RelapsePlanRecord,
  type TextSectionId,
} from "./schema";

/**
 * Pure logic for the relapse-prevention plan: the sections as data, the
 * review reminder, contact checks and a gentle progress line.
 */

// Sections

export { TITLES };

/** The parts a person fills in, in page order: every part but the crisis lines. */
export const PART_IDS = [
  "protecting",
  "learned",
  "triggers",
  "warning-signs",
  "coping",
  "contacts",
  "after-lapse",
  "review",
] as const satisfies readonly PlanPartId[];

/** A part of the plan, in page order. Only "text" parts are stored as sections. */
export type PlanSection =
  | ({ type: "text"; id: TextSectionId } & SectionCopy)
  | ({ type: "contacts"; id: "contacts" } & SectionCopy)
  | ({ type: "crisis"; id: "crisis" } & SectionCopy)
  | ({ type: "review"; id: "review" } & SectionCopy);

export type PlanPartId = PlanSection["id"];

interface SectionCopy {
  title: string;
  /** A short, plain question to get the person started. */
  prompt: string;
  /** Example lines, shown under EXAMPLES_LABEL; never saved as the person's words. */
  examples: readonly string[];
}

/** Shown above every list of examples, so they read as ideas, not answers. */
export const EXAMPLES_LABEL = "Examples to get you started (yours can be quite different):";

/** A part as written below, before its title is added from TITLES. */
type Untitled<S = PlanSection> = S extends unknown ? Omit<S, "title"> : never;

const titled = (parts: readonly Untitled[]): readonly PlanSection[] =>
  parts.map((p) => ({ ...p, title: TITLES[p.id] }) as PlanSection);

/**
 * Every part of the plan, in the order the page shows them. (Marked pure, so
 * a page that needs only the titles or the logic below carries none of this text.)
 */
export const SECTIONS: readonly PlanSection[] = /* @__PURE__ */ titled([
  {
    type: "text",
    id: "protecting",
    prompt:
      "What matters most to you about feeling better? Naming it can help you keep going when old habits pull at you.",
    examples: [
      "Evenings with my family that aren't spent redoing work",
      "Sleeping well the night before a deadline",
      "Enjoying my hobbies without grading myself",
    ],
  },
  {
    type: "text",
    id: "learned",
    prompt:
      "Which ideas, skills or surprises from treatment, or from your own experiments, do you want to remember?",
    examples: [
      "Sending an email after one read went fine.",
      "A mistake tells me what to fix, not who I am.",
      "Resting helps my work more than it hurts it.",
    ],
  },
  {
    type: "text",
    id: "triggers",
    prompt:
      "When is perfectionism most likely to come back? Think of times, places, people or events.",
    examples: [
      "Starting a new job or class",
      "Exam weeks and big deadlines",
      "Being compared with someone else",
      "Getting feedback I didn't expect",
    ],
  },
  {
    type: "text",
    id: "warning-signs",
    prompt:
      "What are the first small signs that old patterns are returning? Think of things you do, think or feel.",
    examples: [
      "Rereading messages many times before I send them",
      "Staying up late to redo work that was already finished",
      "Putting things off because they can't be perfect yet",
      "Thinking “if it's not perfect, it's a failure”",
    ],
  },
  {
    type: "text",
    id: "coping",
    prompt:
      "When you notice a warning sign, what steps will you take? Short, concrete steps are the easiest to follow.",
    examples: [
      "Set a timer and stop when it rings",
      "Check once, then send",
      "Plan one “good enough” goal for the day",
      "Talk it through with someone I trust",
    ],
  },
  {
    type: "contacts",
    id: "contacts",
    prompt:
      "Who can you reach out to when things get hard? Names and numbers stay in this browser only.",
    examples: ["A friend who helps me see things clearly", "My therapist or doctor"],
  },
  {
    type: "text",
    id: "after-lapse",
    prompt:
      "A lapse is not a relapse. A lapse is a slip back into old habits for a while, and it does not wipe out what you have learned. What will you tell yourself, and what will you do, if it happens?",
    examples: [
      "Remind myself that slips are a normal part of change",
      "Notice what set it off, without blaming myself",
      "Pick one step from my list and try it tomorrow",
      "Tell someone on my contact list",
    ],
  },
  {
    type: "crisis",
    id: "crisis",
    prompt:
      "If you are in danger or thinking about harming yourself, reach out right now. These lines are free and confidential.",
    examples: [],
  },
  {
    type: "review",
    id: "review",
    prompt:
      "Pick a day to read this plan again and update it. Every few months works for many people, and so does after a big change.",
    examples: [],
  },
]);

// Review date

export type ReviewStatus =
  | { state: "none"; message: string }
  | { state: "upcoming"; daysLeft: number; message: string }
  | { state: "due"; message: string }
  | { state: "overdue"; daysPast: number; message: string };

/** Whole days since 1970-01-01 for a real YYYY-MM-DD day, or NaN. */
function dayNumber(day: string): number {
  if (!/^\d{4}-\d\d-\d\d$/.test(day)) return NaN;
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(day) ? t / 864e5 : NaN;
}

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

/**
 * Where the review date stands on `today` (both local days, YYYY-MM-DD), with
 * a kind reminder. A missing or unreadable date is "none".
 */
export function reviewStatus(reviewDate: string | undefined, today: string): ReviewStatus {
  const diff = reviewDate === undefined ? NaN : dayNumber(reviewDate) - dayNumber(today);
  if (Number.isNaN(diff)) {
    return {
      state: "none",
      message:
        "Choose a day to look over this plan again. Every few months, or after a big change, works well for many people.",
    };
  }
  if (diff > 0) {
    return {
      state: "upcoming",
      daysLeft: diff,
      message: `Your next review is ${diff === 1 ? "tomorrow" : `in ${days(diff)}`}.`,
    };
  }
  if (diff === 0) {
    return {
      state: "due",
      message:
        "Today is your review day. Take a few minutes to read your plan and change anything that no longer fits.",
    };
  }
  return {
    state: "overdue",
    daysPast: -diff,
    message:
      `Your review date passed ${days(-diff)} ago. That happens. When you have a few minutes, ` +
      "read your plan through, update anything that has changed and pick a new date.",
  };
}

// Contacts

/** A contact as typed in the form; "" when a field is empty. */
export interface ContactDraft {
  name: string;
  phone: string;
  relationship: string;
  note: string;
}

/** Error messages by field; a field with no entry is fine. */
export type ContactErrors = Partial<Record<keyof ContactDraft, string>>;

export const NAME_MESSAGE = "Add a name, so you know who to reach out to.";
export const PHONE_MESSAGE = "Write the number with digits, spaces and + ( ) - only.";

/** Checks a contact before saving: a name is required; a phone number may use digits, spaces and + ( ) -. */
export function validateContact(draft: ContactDraft): ContactErrors {
  const errors: ContactErrors = {};
  const { name, phone, relationship, note } = draft;
  if (name.length > NAME_MAX) errors.name = tooLong(name.length, NAME_MAX);
  else if (name.trim() === "") errors.name = NAME_MESSAGE;
  const p = phone.trim();
  if (p.length > PHONE_MAX) errors.phone = tooLong(p.length, PHONE_MAX);
  else if (p !== "" && (!PHONE_PATTERN.test(p) || !/\d/.test(p))) errors.phone = PHONE_MESSAGE;
  if (relationship.length > NAME_MAX) {
    errors.relationship = tooLong(relationship.length, NAME_MAX);
  }
  if (note.length > TEXT_MAX) errors.note = tooLong(note.length, TEXT_MAX);
  return errors;
}

export type ContactFields = Pick<ContactRecord, "name" | "phone" | "relationship" | "note">;

/** Record content from a draft that passed validateContact: trimmed, empty fields left out. */
export function contactFieldsFromDraft(draft: ContactDraft): ContactFields {
  const out: ContactFields = { name: draft.name.trim() };
  for (const f of ["phone", "relationship", "note"] as const) {
    const s = draft[f].trim();
    if (s !== "") out[f] = s;
  }
  return out;
}

/** A draft holding a saved contact, for editing. */
export const draftFromContact = (c: ContactRecord): ContactDraft => ({
  name: c.name,
  phone: c.phone ?? "",
  relationship: c.relationship ?? "",
  note: c.note ?? "",
});

/**
 * A link that dials the number, e.g. "+1 (555) 123-4567" → "tel:+15551234567":
 * digits only, with a leading + kept. Null when there is no number or it has
 * characters a phone number should not.
 */
export function telHref(phone: string | undefined): string | null {
  const s = (phone ?? "").trim();
  const digits = s.replace(/\D/g, "");
  if (!digits || !PHONE_PATTERN.test(s)) return null;
  return `tel:${/^[\s(]*\+/.test(s) ? "+" : ""}${digits}`;
}

// Progress

export interface PlanCompleteness {
  /** Parts with something in them, in page order: written sections, "contacts", "review". */
  filled: PlanPartId[];
  /** Parts still empty, in page order. */
  empty: PlanPartId[];
  /** How many parts can be filled in (crisis lines are not counted). */
  total: number;
  /** A gentle progress line. */
  message: string;
}

/**
 * Which parts of the plan have something in them: a written section with
 * more than spaces, at least one contact, a review date.
 */
export function planCompleteness(records: readonly RelapsePlanRecord[]): PlanCompleteness {
  const has = new Set<string>();
  for (const r of records) {
    if (r.kind === "section" && r.text.trim() !== "") has.add(r.id);
    if (r.kind === "contact") has.add("contacts");
    if (r.kind === "review") has.add("review");
  }
  const parts: readonly PlanPartId[] = PART_IDS;
  const filled = parts.filter((id) => has.has(id));
  const empty = parts.filter((id) => !has.has(id));
  const n = filled.length;
  const total = parts.length;
  const message =
    n === 0
      ? "Start with whichever part feels easiest. A few lines are plenty."
      : n === total
        ? "Every part of your plan has something in it. Look it over again on your review date."
        : `${n} of ${total} parts have something in them. Add more whenever you are ready: ` +
          "a short plan you use beats a long one you don't.";
  return { filled, empty, total, message };
}

// Experiment insights

/** The parts of a behavioral experiment this page needs. ExperimentRecord fits. */
export interface ExperimentLike {
  id: string;
  learned?: string;
  belief: string;
  status?: string;
  completedAt?: string;
  createdAt?: string;
}

/** One thing the person learned from an experiment, linked to it by id. */
export interface LearnedLine {
  /** The experiment's id, for a link back to it. */
  id: string;
  /** What they learned, shortened. */
  text: string;
  /** The belief they tested, shortened, for context. */
  belief: string;
}

/** At most this many lines are suggested. */
export const LEARNED_MAX = 5;

function clip(s: string, max: number): string {
  const t = s.trim().replace(/\s+/g, " ");
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

/**
 * Short lines for "what I learned in treatment" from the person's own
 * experiments, newest first (by completedAt, else createdAt), at most five.
 * Only experiments with something written under "what I learned" count; the
 * tracker treats any experiment with an outcome recorded as done.
 */
export function learnedFromExperiments(experiments: readonly ExperimentLike[]): LearnedLine[] {
  const when = (e: ExperimentLike) => e.completedAt ?? e.createdAt ?? "";
  return experiments
    .filter((e) => (e.learned ?? "").trim() !== "")
    .sort((a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0))
    .slice(0, LEARNED_MAX)
    .map((e) => ({ id: e.id, text: clip(e.learned!, 140), belief: clip(e.belief, 60) }));
}
