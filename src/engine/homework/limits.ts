import * as v from "../core/validate";

/**
 * The homework link's limits, shared by the link schema and each worksheet's
 * pre-fill schema (src/worksheets/<slug>/prefill.ts). Every field is capped so
 * that a link stays under 2,000 characters and no field can carry a surprise.
 */
export const HOMEWORK_VERSION = 1;
export const FROM_MAX = 80;
export const NOTE_MAX = 500;
export const PREFILL_TEXT_MAX = 500;

/** Text of at most `max` characters. */
export const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));
