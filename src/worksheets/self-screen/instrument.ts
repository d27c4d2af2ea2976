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

/** A low, moderate or high reflection band for a score on the 0–4 scale. */
export type Band = "low" | "moderate" | "high";

/**
 * A worksheet that can help with a domain: never the self-screen itself, and
 * never the exposure ladder, because exposure should be planned with care
 * (ideally with a therapist), not started on the strength of a screen.
 */
/** A worksheet slug from the registry (a unit test checks each is listed). */
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

export const instrument: Instrument = {
  id: "good-enough-reflection",
  version: 1,
  title: "Good Enough reflection check",
  scale: {
    prompt: "In the past month…",
    options: [
      { value: 0, label: "Never" },
      { value: 1, label: "Rarely" },
      { value: 2, label: "Sometimes" },
      { value: 3, label: "Often" },
      { value: 4, label: "Almost always" },
    ],
  },
  domains: [
    {
      id: "fear-of-failure",
      kind: "sign",
      name: "Fear of failure",
      explanation:
        "Mistakes and criticism can feel like real danger, not small bumps. You may worry a lot before a task and replay small slips long after. This fear often drives the other signs, because doing everything perfectly can feel like the only way to stay safe.",
      // Reading about exposure, but a first step that is not exposure (issue 15).
      article: "exposure-and-response-prevention",
      worksheet: "thought-record",
    },
    {
      id: "unrealistic-standards",
      kind: "sign",
      name: "Unrealistic standards",
      explanation:
        "The bar you set may be so high that even a very skilled person would miss it. Sometimes the same bar is set for the people around you. When the goal can never be reached, every day can feel like falling short, even when you have done a lot.",
      article: "behavioral-experiments",
      worksheet: "goal-planner",
    },
    {
      id: "self-doubt",
      kind: "sign",
      name: "Self-doubt",
      explanation:
        "Doing well does not seem to quiet the doubt. You may brush off praise, call a success luck, or feel that the next task will be the one that shows you up. Learning to notice and keep hold of what went well can slowly build trust in yourself.",
      article: "mindfulness-and-self-compassion",
      worksheet: "self-compassion-journal",
    },
    {
      id: "all-or-nothing",
      kind: "sign",
      name: "All-or-nothing thinking",
      explanation:
        "Things can feel like either perfect or worthless, with nothing in between. One flaw can make a whole piece of work, or a whole day, seem ruined. Spotting this thinking trap and looking for the middle ground can take a lot of pressure off.",
      article: "cognitive-distortions",
      worksheet: "thought-record",
    },
    {
      id: "procrastination",
      kind: "sign",
      name: "Procrastination and avoidance",
      explanation:
        "When a task might not turn out well, putting it off can feel safer than starting. You may avoid new things, or keep getting ready instead of doing. This is not laziness. It is often a way to avoid the fear of a mistake, and small, planned steps can help.",
      article: "perfectionism-and-procrastination",
      worksheet: "experiment-tracker",
    },
    {
      id: "self-worth",
      kind: "sign",
      name: "Self-worth tied to results",
      explanation:
        "How you feel about yourself may rise and fall with how well you do or how you come across. Rest and kindness can start to feel like things you have to earn. Your worth as a person is more than your results, and that idea can be practiced.",
      article: "cbt-for-perfectionism",
      worksheet: "self-compassion-journal",
    },
    {
      id: "impact",
      kind: "impact",
      name: "How much it gets in the way",
      explanation:
        "These questions ask how much perfectionism costs you: in everyday tasks, with the people close to you, and in your sleep, mood or health. High standards become a problem when they start to take more than they give.",
      article: "what-is-perfectionism",
      worksheet: "goal-planner",
    },
  ],
  items: [
    {
      id: "fear-1",
      domain: "fear-of-failure",
      text: "I worried a lot about making a mistake, even on small things.",
    },
    {
      id: "fear-2",
      domain: "fear-of-failure",
      text: "I felt a sense of dread when someone was about to give me feedback.",
    },
    {
      id: "fear-3",
      domain: "fear-of-failure",
      text: "I kept going back over a small slip, or a critical comment, long after it happened.",
    },
    {
      id: "standards-1",
      domain: "unrealistic-standards",
      text: "I held myself to a standard I would never expect a friend to meet.",
    },
    {
      id: "standards-2",
      domain: "unrealistic-standards",
      text: "I got frustrated when other people did things less well than I would have.",
    },
    {
      id: "standards-3",
      domain: "unrealistic-standards",
      text: "I could hand in or send off work that was good enough, without going over it again.",
      reverse: true,
    },
    {
      id: "doubt-1",
      domain: "self-doubt",
      text: "When something went well, I told myself it was luck or that anyone could have done it.",
    },
    {
      id: "doubt-2",
      domain: "self-doubt",
      text: "Even after doing well, I doubted I could do it again next time.",
    },
    {
      id: "doubt-3",
      domain: "self-doubt",
      text: "I let myself feel proud of something I had done well.",
      reverse: true,
    },
    {
      id: "all-or-nothing-1",
      domain: "all-or-nothing",
      text: "If one part of my day went wrong, the whole day felt ruined.",
    },
    {
      id: "all-or-nothing-2",
      domain: "all-or-nothing",
      text: "I saw my efforts as either a total success or a total failure.",
    },
    {
      id: "all-or-nothing-3",
      domain: "all-or-nothing",
      text: "I could see the good parts of something I made, even when it had flaws.",
      reverse: true,
    },
    {
      id: "procrastination-1",
      domain: "procrastination",
      text: "I put off starting a task because I was afraid I would not do it well.",
    },
    {
      id: "procrastination-2",
      domain: "procrastination",
      text: "I stayed away from new things I might not be good at right away.",
    },
    {
      id: "procrastination-3",
      domain: "procrastination",
      text: "I kept planning, researching or tidying up instead of starting the real work.",
    },
    {
      id: "self-worth-1",
      domain: "self-worth",
      text: "How I felt about myself went up and down with how well I did.",
    },
    {
      id: "self-worth-2",
      domain: "self-worth",
      text: "I felt I had to earn rest or kindness by getting enough done.",
    },
    {
      id: "self-worth-3",
      domain: "self-worth",
      text: "I worried that people would like me less if I did not seem to have it all together.",
    },
    {
      id: "impact-1",
      domain: "impact",
      text: "Trying to get things just right got in the way of my everyday tasks, like work, school or chores.",
    },
    {
      id: "impact-2",
      domain: "impact",
      text: "My standards or worries caused strain with family, friends or a partner.",
    },
    {
      id: "impact-3",
      domain: "impact",
      text: "Pressure to do things perfectly affected my sleep, my mood or my health.",
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
