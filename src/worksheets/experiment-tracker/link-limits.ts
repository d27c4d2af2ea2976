// Shared by the link's pre-fill schema (prefill.ts) and the builder's fields
// (PrefillForm.tsx), which load on different pages.

/** The most rituals a link can carry. */
export const RITUALS_MAX = 10;
