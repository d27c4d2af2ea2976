import type { Vars } from "../../engine/core/words";

/** The worksheet's words for one locale, bound by `words()` (src/engine/core/words.ts). */
export type W = (key: string, vars?: Vars) => string;

/** A question asked before something is lost: its title, text and two answers, from `<prefix>Title` and so on. */
export const confirmWords = (w: W, prefix: string, vars?: Vars) => ({
  title: w(`${prefix}Title`, vars),
  text: w(`${prefix}Text`, vars),
  yes: w(`${prefix}Yes`, vars),
  no: w(`${prefix}No`, vars),
});
