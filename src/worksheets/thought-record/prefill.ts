import { PREFILL_TEXT_MAX, type Homework } from "../../engine/homework/link-schema";

/** A thought-record homework link's pre-fill: a situation and/or a thought. */
export type ThoughtPrefill = NonNullable<Extract<Homework, { w: "thought-record" }>["prefill"]>;

/**
 * The link's pre-fill from the builder's fields: texts trimmed and capped at
 * the link's limit, empty ones left out; undefined when nothing is left.
 */
export function prefillFromRaw(raw: Readonly<Record<string, string>>): ThoughtPrefill | undefined {
  const out: ThoughtPrefill = {};
  for (const k of ["situation", "thought"] as const) {
    const s = (raw[k] ?? "").trim().slice(0, PREFILL_TEXT_MAX).trim();
    if (s) out[k] = s;
  }
  return Object.keys(out).length ? out : undefined;
}
