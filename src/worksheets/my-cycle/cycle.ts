import { TEXT_MAX } from "../../engine/storage/record";
import { isRealDay, limitMessage } from "../../engine/form";
import type { Say } from "../../engine/core/words";
import type { CycleNode, CycleOptions, CycleRow } from "../../lib/cycle-diagram";
import type { CycleEntry } from "./schema";
import { PARTS, type PartId } from "./parts";
import links from "../../../content/my-cycle-links.json";

export { PARTS, type PartId };

/** What the form holds: the day and the parts as typed. */
export type CycleDraft = Pick<CycleEntry, "day" | PartId>;
/** The content of a cycle: everything but id, timestamps and kind. */
export type CycleFields = Omit<CycleEntry, "id" | "createdAt" | "updatedAt" | "kind">;
/** Error messages by field; "entry" is for the whole cycle (every part empty). */
export type CycleErrors = Partial<Record<"day" | PartId | "entry", string>>;

/** A new, empty cycle for `today` (the person's local day, YYYY-MM-DD). */
export const emptyDraft = (today: string): CycleDraft => ({
  day: today,
  worth: "",
  standards: "",
  checking: "",
  met: "",
  missed: "",
  costs: "",
});

/**
 * Checks a draft before saving: a real day, each part within the limit
 * (never cut), and something written in at least one part, or a
 * therapist's note to keep (`note`).
 */
export function validateCycle(draft: CycleDraft, w: Say, note?: string): CycleErrors {
  const errors: CycleErrors = {};
  if (!isRealDay(draft.day.trim())) errors.day = w("dayNeeded");
  for (const p of PARTS)
    if (draft[p].length > TEXT_MAX) errors[p] = limitMessage(draft[p].length, w);
  if (!note?.trim() && PARTS.every((p) => draft[p].trim() === "")) errors.entry = w("emptyCycle");
  return errors;
}

/** A checked draft as a cycle's content, trimmed, keeping what the form does not show. */
export function fieldsFromDraft(draft: CycleDraft, was?: Pick<CycleEntry, "note" | "homeworkId">) {
  const out = { day: draft.day.trim() } as CycleFields;
  for (const p of PARTS) out[p] = draft[p].trim();
  if (was?.note) out.note = was.note;
  if (was?.homeworkId) out.homeworkId = was.homeworkId;
  return out;
}

/** The form's draft for a saved cycle. */
export function draftFromEntry(entry: CycleEntry): CycleDraft {
  const draft = emptyDraft(entry.day);
  for (const p of PARTS) draft[p] = entry[p];
  return draft;
}

/** Whether a draft still says what it said when the form opened (nothing to lose). */
export const sameDraft = (a: CycleDraft, b: CycleDraft): boolean =>
  a.day === b.day && PARTS.every((p) => a[p] === b[p]);

/** A cycle a homework link added that the person has not changed yet. */
export const isUnwrittenHomework = (entry: CycleEntry): boolean =>
  !!entry.homeworkId && entry.createdAt === entry.updatedAt;

/** Newest day first; on the same day, the most recently made first. */
export const sortNewest = (entries: readonly CycleEntry[]): CycleEntry[] =>
  [...entries].sort((a, b) =>
    a.day !== b.day
      ? b.day.localeCompare(a.day)
      : b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );

export { firstPart } from "./parts";

/**
 * Where each part's loop goes back to, as a step number (1 = the first):
 * when a standard is met it is often raised again (back to the standards);
 * when one is missed, self-criticism feeds the sense of worth (back to the start).
 */
export const BACK_TO: Partial<Record<PartId, number>> = { met: 2, missed: 1 };

/**
 * The cycle as rows for the drawing (src/lib/cycle-diagram.ts): worth,
 * standards, checking, then a fork (met | missed), each half looping back,
 * and the costs under it, outside the loop. `head` names a part's box and
 * `text` gives its words (an empty part's placeholder is the caller's).
 */
export function cycleRows(
  head: (p: PartId) => string,
  text: (p: PartId) => string,
): { rows: CycleRow[]; aside: CycleNode } {
  const node = (p: PartId): CycleNode => ({
    head: head(p),
    text: text(p),
    ...(BACK_TO[p] ? { back: BACK_TO[p] - 1 } : {}),
  });
  return {
    rows: [node("worth"), node("standards"), node("checking"), [node("met"), node("missed")]],
    aside: node("costs"),
  };
}

/** The drawing's size on a phone screen, and on paper (wider, so more words a line). */
export const SCREEN: CycleOptions = { maxLines: 4 };
export const PAPER: CycleOptions = { width: 640, maxLines: 4 };

/**
 * The worksheets that work on each part, best first, from
 * content/my-cycle-links.json (cross-links live in content, so a worksheet's
 * folder names no other worksheet). A part links to the first of them the
 * registry lists when the site is built (so the self-worth pie, once it
 * exists, takes over from the thought record).
 */
export const WORKED_ON: Record<PartId, readonly string[]> = links;

/** Each part's worksheet: the first of WORKED_ON that `has` (the registry) knows, if any. */
export const workedOn = (has: (slug: string) => boolean): Partial<Record<PartId, string>> =>
  Object.fromEntries(
    PARTS.flatMap((p) => {
      const slug = WORKED_ON[p].find(has);
      return slug ? [[p, slug]] : [];
    }),
  );
