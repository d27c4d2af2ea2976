/**
 * The parts of the cycle, and the little that the builder and the session
 * summary need of them, apart from schema.ts and cycle.ts so those pages do
 * not load the rest.
 */

/** The parts of the cycle, in the order the cycle runs (and the form asks). */
export const PARTS = ["worth", "standards", "checking", "met", "missed", "costs"] as const;
export type PartId = (typeof PARTS)[number];

/** The first part written, for a short preview; "" when none. */
export const firstPart = (entry: Readonly<Record<PartId, string>>): string =>
  PARTS.map((p) => entry[p].trim()).find((t) => t !== "") ?? "";

/** A part's name in the builder and the homework preview: its `homeworkPart…` words. */
export const partKey = (p: PartId) => `homeworkPart${p[0]!.toUpperCase()}${p.slice(1)}`;
