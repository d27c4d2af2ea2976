import * as v from "../core/validate";
import { isoDay } from "../storage/record";
import { assignable, partsOf } from "../../worksheets/registry";
import { FROM_MAX, HOMEWORK_VERSION, NOTE_MAX, shortText } from "./limits";

export { FROM_MAX, HOMEWORK_VERSION, NOTE_MAX, PREFILL_TEXT_MAX } from "./limits";

/**
 * A homework assignment, as carried in a link's #hw= fragment.
 * Link format history:
 * - v1: the first format.
 * Each assignable worksheet's pre-fill schema is `prefillSchema` in its
 * src/worksheets/<slug>/prefill.ts; a worksheet without one takes no pre-fill.
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

const common = {
  v: v.literal(HOMEWORK_VERSION),
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,32}$/)),
  from: v.optional(shortText(FROM_MAX)),
  note: v.optional(shortText(NOTE_MAX)),
  due: v.optional(isoDay),
};

type ObjectSchema = v.Schema<unknown> & { entries: Record<string, v.Schema<unknown>> };
const prefills = partsOf(
  import.meta.glob<ObjectSchema>("../../worksheets/*/prefill.ts", {
    eager: true,
    import: "prefillSchema",
  }),
  "prefill.ts",
);

/** One variant per assignable worksheet, told apart by `w`, in registry order. */
export const homeworkSchema = v.variant(
  "w",
  assignable.map((w) => {
    const prefill = prefills.find(([m]) => m === w)?.[1];
    return v.object({
      ...common,
      w: v.literal(w.slug),
      ...(prefill ? { prefill: v.optional(prefill) } : {}),
    });
  }),
) as v.Schema<Homework>;
