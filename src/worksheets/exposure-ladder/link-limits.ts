// Shared by the link's pre-fill schema (prefill.ts) and the builder's fields
// (PrefillForm.tsx), which load on different pages.

/** The most ladder steps a link can carry. */
export const LADDER_STEPS_MAX = 15;
/** How long a theme or a step may be in a link. */
export const PREFILL_LINE_MAX = 200;
