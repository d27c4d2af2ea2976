// Read by the reading pages on the server only; islands never need the section names.

/** Article sections, in the order /learn/ shows them. */
export const sections = [
  { id: "understanding", title: "Understanding perfectionism" },
  { id: "mental-health", title: "Perfectionism and mental health" },
  { id: "treatment", title: "Assessment and treatment" },
  { id: "care", title: "Care and everyday life" },
] as const;
export type SectionId = (typeof sections)[number]["id"];
