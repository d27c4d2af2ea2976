/**
 * Thinking traps (cognitive distortions) for the thought record. The glossary
 * itself is defined once, in content/distortions.json, and feeds both the
 * article and the worksheet; pages pass it in, so it is not bundled here.
 */

/** One entry of the thinking-traps glossary. */
export interface Distortion {
  /** Stable kebab-case id, e.g. "all-or-nothing"; stored in a record's `traps`. */
  id: string;
  /** The trap's name, e.g. "All-or-nothing thinking". */
  name: string;
  /** What the trap is, in a sentence or two. */
  summary: string;
  /** A thought caught in the trap. */
  example: string;
  /** A more balanced version of that thought. */
  alternative: string;
}

/** True when `id` is in the glossary. */
export const isKnownTrap = (id: string, glossary: readonly Distortion[]): boolean =>
  glossary.some((d) => d.id === id);

/**
 * The names of the picked traps, in the order picked. An id the glossary no
 * longer has (for example from an older export) is kept as the id itself,
 * so nothing the person chose disappears.
 */
export function trapNames(
  ids: readonly string[],
  glossary: readonly Pick<Distortion, "id" | "name">[],
): string[] {
  const names = new Map(glossary.map((d) => [d.id, d.name]));
  return ids.map((id) => names.get(id) ?? id);
}
