/**
 * The one way islands and pages turn a dictionary entry into text.
 *
 * A worksheet's words live in `src/worksheets/<slug>/words/<locale>.json`,
 * read on the server and handed to its islands as a prop, so no sentence is
 * written into island code. An entry is a string with `{name}` holes, or, for
 * anything that counts, plural forms keyed by `Intl.PluralRules` categories.
 */

/** One entry: text with `{name}` holes, or plural forms ("one", "other", …). */
export type Entry = string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;
/** A worksheet's dictionary for one locale. */
export type Words = Readonly<Record<string, Entry>>;
/** The values a hole can take. `count` also picks the plural form. */
export type Vars = Readonly<Record<string, string | number>>;

const rules = new Map<string, Intl.PluralRules>();
const pluralOf = (locale: string, n: number) => {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(n);
};

/** Fills `{name}` holes from `vars`; a hole with no value is left as written, so a gap shows in review. */
export const fill = (text: string, vars: Vars = {}): string =>
  text.replace(/\{(\w+)\}/g, (hole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : hole,
  );

/**
 * The text for `key`: the plural form for `vars.count` when the entry has
 * forms, then its holes filled. A missing key throws, so a typo fails a test
 * rather than showing a blank to someone mid-task.
 */
export function t(words: Words, key: string, vars?: Vars, locale = "en-US"): string {
  const entry = Object.hasOwn(words, key) ? words[key] : undefined;
  if (entry === undefined) throw new Error(`No words for "${key}"`);
  if (typeof entry === "string") return fill(entry, vars);
  const n = Number(vars?.count ?? 0);
  const form = entry[pluralOf(locale, n)] ?? entry.other;
  if (form === undefined) throw new Error(`No "other" form for "${key}"`);
  return fill(form, vars);
}

/** A translator bound to one dictionary and locale, as `words` makes. */
export type Say = (key: string, vars?: Vars) => string;

/** A translator bound to one dictionary and locale: `const w = words(dict); w("saved")`. */
export const words =
  (dict: Words, locale = "en-US"): Say =>
  (key, vars) =>
    t(dict, key, vars, locale);
