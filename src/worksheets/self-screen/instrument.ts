/**
 * The self-screen's questionnaire, as data. Everything the screen asks and how
 * its answers are grouped lives in this one module, so a clinic can swap in a
 * different instrument without touching the scoring, the store or the pages.
 *
 * Every saved result records the instrument's `id` and `version`. Change the
 * `version` whenever the items, their keying or the bands change, so old
 * results can still be read for what they were.
 *
 * The items below are original to this site. They are not taken or adapted
 * from any published perfectionism questionnaire.
 */

import text from "./words/instrument.en.json";
import { nextSteps } from "./next-steps";

/** A low, moderate or high reflection band for a score on the 0–4 scale. */
export type Band = "low" | "moderate" | "high";

/**
 * A worksheet that can help with a domain, from the registry (a unit test
 * checks each is listed): never the self-screen itself, and never the
 * exposure ladder, because exposure should be planned with care (ideally with
 * a therapist), not started on the strength of a screen. Fear of failure
 * points to reading about exposure, but to a first step that is not exposure.
 * Which article and worksheet suit each area is clinical content, so it lives
 * in content/self-screen-next-steps.json, with `always`, the worksheet every
 * result suggests.
 */
export type HelpWorksheet = string;

export interface ScaleOption {
  /** The stored answer, 0 to 4. */
  value: number;
  /** What the person sees next to the radio button. */
  label: string;
}

export interface Scale {
  /** The lead-in every item is read after. */
  prompt: string;
  /** The answer choices, in order from 0 up to 4. */
  options: readonly ScaleOption[];
}

export interface Domain {
  /** Stable id, saved with results; never rename one within a version. */
  id: string;
  /** "sign" groups count toward the overall score; the "impact" group is scored on its own. */
  kind: "sign" | "impact";
  /** A short, plain name for charts and tables. */
  name: string;
  /** A few plain sentences for the results page. */
  explanation: string;
  /** The article to read, at /learn/<article>/. */
  article: string;
  /** The worksheet that helps, at /worksheets/<worksheet>/. */
  worksheet: HelpWorksheet;
}

export interface Item {
  /** Stable id, saved with answers; never reuse one for different wording. */
  id: string;
  /** The id of the domain this item belongs to. */
  domain: string;
  /** A first-person statement that reads well after the scale prompt. */
  text: string;
  /** True when the item is worded in the healthy direction and scored as 4 minus the answer. */
  reverse?: true;
}

export interface Bands {
  /** The lowest score that counts as moderate. */
  moderateFrom: number;
  /** The lowest score that counts as high. */
  highFrom: number;
}

export interface Instrument {
  id: string;
  version: number;
  title: string;
  scale: Scale;
  domains: readonly Domain[];
  items: readonly Item[];
  bands: Bands;
}

type DomainShape = Omit<Domain, "name" | "explanation" | "article" | "worksheet">;
type ItemShape = Omit<Item, "text">;

/** The words, by id (a unit test checks every id has them). */
const words: {
  title: string;
  prompt: string;
  options: Record<string, string>;
  domains: Record<string, Pick<Domain, "name" | "explanation">>;
  items: Record<string, string>;
} = text;

/** The instrument's structure: ids, scoring and links. Its words are in words/instrument.en.json. */
const shape: {
  id: string;
  version: number;
  domains: readonly DomainShape[];
  items: readonly ItemShape[];
  bands: Bands;
} = {
  id: "good-enough-reflection",
  version: 1,
  domains: [
    { id: "fear-of-failure", kind: "sign" },
    { id: "unrealistic-standards", kind: "sign" },
    { id: "self-doubt", kind: "sign" },
    { id: "all-or-nothing", kind: "sign" },
    { id: "procrastination", kind: "sign" },
    { id: "self-worth", kind: "sign" },
    { id: "impact", kind: "impact" },
  ],
  items: [
    {
      id: "fear-1",
      domain: "fear-of-failure",
    },
    {
      id: "fear-2",
      domain: "fear-of-failure",
    },
    {
      id: "fear-3",
      domain: "fear-of-failure",
    },
    {
      id: "standards-1",
      domain: "unrealistic-standards",
    },
    {
      id: "standards-2",
      domain: "unrealistic-standards",
    },
    {
      id: "standards-3",
      domain: "unrealistic-standards",
      reverse: true,
    },
    {
      id: "doubt-1",
      domain: "self-doubt",
    },
    {
      id: "doubt-2",
      domain: "self-doubt",
    },
    {
      id: "doubt-3",
      domain: "self-doubt",
      reverse: true,
    },
    {
      id: "all-or-nothing-1",
      domain: "all-or-nothing",
    },
    {
      id: "all-or-nothing-2",
      domain: "all-or-nothing",
    },
    {
      id: "all-or-nothing-3",
      domain: "all-or-nothing",
      reverse: true,
    },
    {
      id: "procrastination-1",
      domain: "procrastination",
    },
    {
      id: "procrastination-2",
      domain: "procrastination",
    },
    {
      id: "procrastination-3",
      domain: "procrastination",
    },
    {
      id: "self-worth-1",
      domain: "self-worth",
    },
    {
      id: "self-worth-2",
      domain: "self-worth",
    },
    {
      id: "self-worth-3",
      domain: "self-worth",
    },
    {
      id: "impact-1",
      domain: "impact",
    },
    {
      id: "impact-2",
      domain: "impact",
    },
    {
      id: "impact-3",
      domain: "impact",
    },
  ],
  /*
   * The site's own reflection bands on the 0–4 mean. They are NOT validated
   * clinical cut-offs, and the site must never present them as a diagnosis.
   *   low       score < 1.5         the average answer is nearest "Never" or "Rarely"
   *   moderate  1.5 ≤ score < 2.5   the average answer is nearest "Sometimes"
   *   high      score ≥ 2.5         the average answer is nearest "Often" or "Almost always"
   * So each band matches the answer label the average rounds to, which keeps
   * the meaning easy to explain in plain words.
   */
  bands: { moderateFrom: 1.5, highFrom: 2.5 },
};

export const instrument: Instrument = {
  id: shape.id,
  version: shape.version,
  title: words.title,
  scale: {
    prompt: words.prompt,
    options: [0, 1, 2, 3, 4].map((value) => ({ value, label: words.options[value]! })),
  },
  domains: shape.domains.map((d) => ({
    ...d,
    ...words.domains[d.id]!,
    ...nextSteps.areas[d.id as keyof typeof nextSteps.areas],
  })),
  items: shape.items.map((i) => ({ ...i, text: words.items[i.id]! })),
  bands: shape.bands,
};
