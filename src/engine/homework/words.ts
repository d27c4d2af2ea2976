import type { Words } from "../core/words";

/**
 * The words a homework page or the builder needs: the shared ones
 * (./words/<locale>.json) and the worksheet's own `homework…` keys from its
 * words/<locale>.json, so the page does not carry the rest of its dictionary.
 */
export const homeworkWords = (shared: Words, mine: Words = {}): Words => ({
  ...shared,
  ...Object.fromEntries(Object.entries(mine).filter(([k]) => k.startsWith("homework"))),
});
