import type { Vars } from "../core/words";

/** A worksheet's words for one locale, bound by `words()` (src/engine/core/words.ts). */
export type W = (key: string, vars?: Vars) => string;

/**
 * The words of a question asked before something is lost (for `useConfirm`),
 * from the keys `<prefix>Title`, `<prefix>Text`, `<prefix>Yes` and `<prefix>No`.
 */
export const confirmWords = (w: W, prefix: string, vars?: Vars) => ({
  title: w(`${prefix}Title`, vars),
  text: w(`${prefix}Text`, vars),
  yes: w(`${prefix}Yes`, vars),
  no: w(`${prefix}No`, vars),
});
