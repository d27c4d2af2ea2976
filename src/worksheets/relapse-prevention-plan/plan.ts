import { TEXT_MAX } from "../../engine/storage/record";
import { tooLong as tooLongFor } from "./edit";
import type { Words } from "../../engine/core/words";
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

/** A worksheet's words bound to a locale (words() in src/engine/core/words.ts). */
export type Say = (key: string, vars?: Readonly<Record<string, string | number>>) => string;

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
  /** Example lines, shown under "examplesLabel"; never saved as the person's words. */
  examples: readonly string[];
}

type Untitled<S = PlanSection> = S extends unknown ? Omit<S, keyof SectionCopy> : never;

/** Every part of the plan, in the order the page shows them. */
export const PARTS: readonly Untitled[] = [
  { type: "text", id: "protecting" },
  { type: "text", id: "learned" },
  { type: "text", id: "triggers" },
  { type: "text", id: "warning-signs" },
  { type: "text", id: "coping" },
  { type: "contacts", id: "contacts" },
  { type: "text", id: "after-lapse" },
  { type: "crisis", id: "crisis" },
  { type: "review", id: "review" },
];

/** The key of a part's words: ("warning-signs", "Title") is "warningSignsTitle". */
export const partKey = (id: PlanPartId, what: "Title" | "Prompt" | "Examples"): string =>
  id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) + what;

/**
 * Every part with its words from the worksheet's dictionary (a part's
 * examples are one entry, a line each), in page order.
 */
export const sectionsFrom = (words: Words): PlanSection[] =>
  PARTS.map((p) => {
    const text = (what: "Title" | "Prompt" | "Examples") => {
      const entry = words[partKey(p.id, what)];
      return typeof entry === "string" ? entry : "";
    };
    return {
      ...p,
      title: text("Title"),
      prompt: text("Prompt"),
      examples: text("Examples").split("\n").filter(Boolean),
    } as PlanSection;
  });

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

/**
 * Where the review date stands on `today` (both local days, YYYY-MM-DD), with
 * a kind reminder. A missing or unreadable date is "none".
 */
export function reviewStatus(reviewDate: string | undefined, today: string, w: Say): ReviewStatus {
  const diff = reviewDate === undefined ? NaN : dayNumber(reviewDate) - dayNumber(today);
  if (Number.isNaN(diff)) return { state: "none", message: w("reviewNone") };
  if (diff > 0) {
    return {
      state: "upcoming",
      daysLeft: diff,
      message: diff === 1 ? w("reviewTomorrow") : w("reviewIn", { count: diff }),
    };
  }
  if (diff === 0) return { state: "due", message: w("reviewDue") };
  return { state: "overdue", daysPast: -diff, message: w("reviewPassed", { count: -diff }) };
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

/** Checks a contact before saving: a name is required; a phone number may use digits, spaces and + ( ) -. */
export function validateContact(draft: ContactDraft, w: Say, locale: string): ContactErrors {
  const errors: ContactErrors = {};
  const tooLong = (length: number, max: number) => tooLongFor(length, max, w, locale);
  const { name, phone, relationship, note } = draft;
  if (name.length > NAME_MAX) errors.name = tooLong(name.length, NAME_MAX);
  else if (name.trim() === "") errors.name = w("contactNameNeeded");
  const p = phone.trim();
  if (p.length > PHONE_MAX) errors.phone = tooLong(p.length, PHONE_MAX);
  else if (p !== "" && (!PHONE_PATTERN.test(p) || !/\d/.test(p)))
    errors.phone = w("contactPhoneBad");
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
export function planCompleteness(records: readonly RelapsePlanRecord[], w: Say): PlanCompleteness {
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
    n === 0 ? w("progressNone") : n === total ? w("progressAll") : w("progressSome", { n, total });
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
