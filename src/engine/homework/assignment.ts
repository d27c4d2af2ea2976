import * as v from "../core/validate";
import { isoDay } from "../storage/record";
import { FROM_MAX, HOMEWORK_VERSION, NOTE_MAX, shortText } from "./limits";

/**
 * A homework assignment, as carried in a link's #hw= fragment.
 * Link format history:
 * - v1: the first format.
 * All of it is shown as text only.
 */
export interface Homework {
  /** The link format's version. */
  v: typeof HOMEWORK_VERSION;
  /** The assignment's id, so opening the link twice adds it once. */
  id: string;
  /** The worksheet's slug. */
  w: string;
  /** The therapist's display name. */
  from?: string;
  /** A note to the client. */
  note?: string;
  /** When it is due, YYYY-MM-DD. */
  due?: string;
  /** The worksheet's pre-fill, already checked against its prefillSchema. */
  prefill?: unknown;
}

/** A worksheet's pre-fill schema: `prefillSchema` in its src/worksheets/<slug>/prefill.ts. */
export type PrefillSchema = v.Schema<unknown> & { entries: Record<string, v.Schema<unknown>> };

const common = {
  v: v.literal(HOMEWORK_VERSION),
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,32}$/)),
  from: v.optional(shortText(FROM_MAX)),
  note: v.optional(shortText(NOTE_MAX)),
  due: v.optional(isoDay),
};

/**
 * The schema of one worksheet's assignments. A homework page builds it from
 * its own pre-fill schema, so it carries no other worksheet's code; a
 * worksheet without one takes no pre-fill.
 */
export const assignmentSchema = (slug: string, prefill?: PrefillSchema) =>
  v.object({
    ...common,
    w: v.literal(slug),
    ...(prefill ? { prefill: v.optional(prefill) } : {}),
  }) as v.Schema<Homework> & { entries: Record<string, v.Schema<unknown>> };
