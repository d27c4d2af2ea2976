import type { ThoughtRecord } from "./schema";
import type { W } from "../../engine/ui/question";

/** One rating pair for the list-view chart and its table. */
export interface RatingChange {
  /** "emotion" for a feeling; "belief" for belief in the automatic thought. */
  kind: "emotion" | "belief";
  /** The feeling's name, or the belief's label (`beliefLabel` in words/en.json). */
  label: string;
  /** The first rating, 0–100; null when it was skipped. */
  before: number | null;
  /** The re-rating at the end, 0–100; null when not re-rated (yet). */
  after: number | null;
  /** after − before: negative when it eased; null unless both are known. */
  change: number | null;
}

/**
 * How the ratings of one record changed: each feeling in order, then belief
 * in the automatic thought (left out when neither belief rating was given),
 * named `beliefLabel`.
 */
export function ratingChanges(record: ThoughtRecord, beliefLabel: string): RatingChange[] {
  const pair = (
    kind: RatingChange["kind"],
    label: string,
    b: number | undefined,
    a: number | undefined,
  ): RatingChange => ({
    kind,
    label,
    before: b ?? null,
    after: a ?? null,
    change: a === undefined || b === undefined ? null : a - b,
  });
  const out = record.emotions.map((e) => pair("emotion", e.name, e.before, e.after));
  const { beliefBefore: b, beliefAfter: a } = record;
  if (b !== undefined || a !== undefined) out.push(pair("belief", beliefLabel, b, a));
  return out;
}

/** Feelings named in full in a summary before "and 2 more". */
const NAMES_SHOWN = 3;

/**
 * A one-line plain summary for the list, e.g. "Anxious, ashamed; belief 80% → 45%",
 * in the worksheet's words. Shows up to 3 feeling names ("…and 2 more"), then
 * the belief before → after.
 */
export function summarizeRecord(record: ThoughtRecord, w: W): string {
  const parts: string[] = [];
  const names = record.emotions.map((e) => e.name.trim());
  if (names.length > 0) {
    const shown = names.slice(0, NAMES_SHOWN).join(", ");
    const more = names.length - NAMES_SHOWN;
    parts.push(more > 0 ? w("listMore", { shown, count: more }) : shown);
  }
  const { beliefBefore: b, beliefAfter: a } = record;
  if (b !== undefined && a !== undefined) parts.push(w("listBelief", { before: b, after: a }));
  else if (b !== undefined) parts.push(w("listBeliefThen", { before: b }));
  else if (a !== undefined) parts.push(w("listBeliefNow", { after: a }));
  const line = parts.join("; ");
  return line === "" ? w("listNoRatings") : line[0]!.toUpperCase() + line.slice(1);
}
