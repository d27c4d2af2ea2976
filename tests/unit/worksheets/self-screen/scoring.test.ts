import { existsSync } from "node:fs";
import en from "../../../../src/worksheets/self-screen/words/en.json";
import { words } from "../../../../src/engine/core/words";
import { describe, expect, it } from "vitest";
import {
  instrument,
  type Instrument,
  type Item,
} from "../../../../src/worksheets/self-screen/instrument";
import {
  bandFor,
  bandLabel,
  bandMeaning,
  enoughAnswers,
  mostlySkipped,
  scoreItem,
  scoreScreen,
  snapshotScores,
  summarize,
  type Answers,
  type ScreenResult,
  type ScreenScores,
} from "../../../../src/worksheets/self-screen/scoring";
import { worksheets } from "../../../../src/worksheets/registry";

/** A small made-up instrument, so edge cases do not depend on the real wording. */
const tiny: Instrument = {
  id: "tiny",
  version: 1,
  title: "Tiny",
  scale: instrument.scale,
  domains: [
    {
      id: "a",
      kind: "sign",
      name: "Alpha",
      explanation: "",
      article: "x",
      worksheet: "goal-planner",
    },
    {
      id: "b",
      kind: "sign",
      name: "Beta",
      explanation: "",
      article: "x",
      worksheet: "goal-planner",
    },
    {
      id: "c",
      kind: "sign",
      name: "Gamma",
      explanation: "",
      article: "x",
      worksheet: "goal-planner",
    },
    {
      id: "i",
      kind: "impact",
      name: "Impact",
      explanation: "",
      article: "x",
      worksheet: "goal-planner",
    },
  ],
  items: ["a", "b", "c", "i"].flatMap((d) => [
    { id: `${d}1`, domain: d, text: "" },
    { id: `${d}2`, domain: d, text: "" },
    { id: `${d}3`, domain: d, text: "", ...(d === "a" ? { reverse: true as const } : {}) },
  ]),
  bands: instrument.bands,
};

function scored(result: ScreenResult): ScreenScores {
  if (!result.ok) throw new Error(`expected a score, got ${JSON.stringify(result.error)}`);
  return result;
}

const domainOf = (result: ScreenScores, id: string) => {
  const d = result.domains.find((x) => x.id === id);
  if (!d) throw new Error(`no domain ${id}`);
  return d;
};

/** Gives every item of the real instrument an answer chosen by `pick`. */
const answerEvery = (pick: (item: Item) => number): Answers =>
  Object.fromEntries(instrument.items.map((item) => [item.id, pick(item)]));

const signDomains = instrument.domains.filter((d) => d.kind === "sign");
const itemsIn = (domain: string) => instrument.items.filter((i) => i.domain === domain);
const reverseCount = (domain: string) => itemsIn(domain).filter((i) => i.reverse).length;

const w = words(en, "en-US");

describe("the instrument itself", () => {
  it("has the six signs and an impact group, with unique domain ids", () => {
    expect(signDomains.map((d) => d.id)).toEqual([
      "fear-of-failure",
      "unrealistic-standards",
      "self-doubt",
      "all-or-nothing",
      "procrastination",
      "self-worth",
    ]);
    expect(instrument.domains.filter((d) => d.kind === "impact").map((d) => d.id)).toEqual([
      "impact",
    ]);
    const ids = instrument.domains.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("asks at least three questions for every sign", () => {
    for (const d of signDomains) expect(itemsIn(d.id).length).toBeGreaterThanOrEqual(3);
  });

  it("asks three impact questions and 21 questions in all", () => {
    expect(itemsIn("impact")).toHaveLength(3);
    expect(instrument.items).toHaveLength(21);
  });

  it("has at least two reverse-keyed items among the signs", () => {
    const reversed = instrument.items.filter((i) => i.reverse);
    expect(reversed.length).toBeGreaterThanOrEqual(2);
    for (const item of reversed) expect(item.domain).not.toBe("impact");
  });

  it("gives every item a unique id and a domain that exists", () => {
    const ids = instrument.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const domainIds = new Set(instrument.domains.map((d) => d.id));
    for (const item of instrument.items) expect(domainIds.has(item.domain)).toBe(true);
  });

  it("writes every item as a short first-person sentence", () => {
    for (const item of instrument.items) {
      expect(item.text).toMatch(/\b(I|my|me|My)\b/);
      expect(item.text).toMatch(/\.$/);
      expect(item.text.length).toBeLessThan(120);
    }
  });

  it("uses one 0 to 4 scale from Never to Almost always", () => {
    expect(instrument.scale.options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4]);
    expect(instrument.scale.options[0]?.label).toBe("Never");
    expect(instrument.scale.options[4]?.label).toBe("Almost always");
  });

  it("orders its bands inside the 0 to 4 scale", () => {
    const { moderateFrom, highFrom } = instrument.bands;
    expect(0).toBeLessThan(moderateFrom);
    expect(moderateFrom).toBeLessThan(highFrom);
    expect(highFrom).toBeLessThanOrEqual(4);
  });

  it("links every domain to an article that exists and a worksheet other than the screen", () => {
    for (const d of instrument.domains) {
      expect(existsSync(`content/articles/${d.article}.mdx`), d.article).toBe(true);
      expect(worksheets.map((w) => w.slug)).toContain(d.worksheet);
      expect(d.worksheet).not.toBe("self-screen");
      expect(d.explanation.length).toBeGreaterThan(40);
    }
  });

  it("never sends a result straight to the exposure ladder", () => {
    const ladder = instrument.domains.filter((d) => (d.worksheet as string) === "exposure-ladder");
    expect(ladder.map((d) => d.id)).toEqual([]);
  });

  it("points a fear-of-failure result to the thought record or experiment tracker, and to the ERP article", () => {
    const fear = instrument.domains.find((d) => d.id === "fear-of-failure")!;
    expect(["thought-record", "experiment-tracker"]).toContain(fear.worksheet);
    expect(fear.article).toBe("exposure-and-response-prevention");
  });
});

describe("scoring one item", () => {
  it("scores a plain item as the answer itself", () => {
    for (const a of [0, 1, 2, 3, 4]) expect(scoreItem({}, a)).toBe(a);
  });
  it("scores a reverse-keyed item as 4 minus the answer", () => {
    expect(scoreItem({ reverse: true }, 0)).toBe(4);
    expect(scoreItem({ reverse: true }, 1)).toBe(3);
    expect(scoreItem({ reverse: true }, 4)).toBe(0);
  });
});

describe("scoring the whole screen", () => {
  it("scores all minimum answers, with reverse items counting as 4", () => {
    const r = scored(
      scoreScreen(
        instrument,
        answerEvery(() => 0),
      ),
    );
    expect(r.answeredCount).toBe(21);
    for (const d of signDomains) {
      const got = domainOf(r, d.id);
      expect(got.status).toBe("scored");
      expect(got.answered).toBe(3);
      expect(got.score).toBeCloseTo((4 * reverseCount(d.id)) / 3);
    }
    const reversed = instrument.items.filter((i) => i.reverse).length;
    expect(r.overall.score).toBeCloseTo((4 * reversed) / 18);
    expect(r.overall.band).toBe("low");
    expect(r.impact.score).toBe(0);
    expect(r.concern).toBeNull();
  });

  it("scores all maximum answers, with reverse items counting as 0", () => {
    const r = scored(
      scoreScreen(
        instrument,
        answerEvery(() => 4),
      ),
    );
    for (const d of signDomains) {
      expect(domainOf(r, d.id).score).toBeCloseTo((4 * (3 - reverseCount(d.id))) / 3);
    }
    const reversed = instrument.items.filter((i) => i.reverse).length;
    expect(r.overall.score).toBeCloseTo((4 * (18 - reversed)) / 18);
    expect(r.impact.score).toBe(4);
    expect(r.impact.band).toBe("high");
    expect(r.concern).toBe("impact");
  });

  it("scores every domain 0 when each answer is the healthiest one", () => {
    const r = scored(
      scoreScreen(
        instrument,
        answerEvery((item) => (item.reverse ? 4 : 0)),
      ),
    );
    for (const d of r.domains) expect([d.id, d.score, d.band]).toEqual([d.id, 0, "low"]);
    expect(r.overall.score).toBe(0);
  });

  it("scores every domain 4 when each answer is the most strained one", () => {
    const r = scored(
      scoreScreen(
        instrument,
        answerEvery((item) => (item.reverse ? 0 : 4)),
      ),
    );
    for (const d of r.domains) expect([d.id, d.score, d.band]).toEqual([d.id, 4, "high"]);
    expect(r.overall.score).toBe(4);
  });

  it("turns a reverse-keyed answer of 0 into 4 and of 4 into 0 inside a domain", () => {
    const low = scored(scoreScreen(tiny, { a1: 0, a2: 0, a3: 0 }));
    expect(domainOf(low, "a").score).toBeCloseTo(4 / 3);
    const high = scored(scoreScreen(tiny, { a1: 0, a2: 0, a3: 4 }));
    expect(domainOf(high, "a").score).toBe(0);
  });

  it("leaves skipped items out of the mean", () => {
    const r = scored(scoreScreen(tiny, { b1: 1, b3: 4 }));
    const b = domainOf(r, "b");
    expect(b.score).toBe(2.5);
    expect(b.answered).toBe(2);
    expect(b.total).toBe(3);
    expect(r.answeredCount).toBe(2);
  });

  it("reads a domain with one answer as not enough answers", () => {
    const r = scored(scoreScreen(tiny, { a1: 3, b1: 2, b2: 2 }));
    const a = domainOf(r, "a");
    expect(a.score).toBeNull();
    expect(a.band).toBeNull();
    expect(a.status).toBe("not-enough-answers");
    expect(a.answered).toBe(1);
    expect(bandLabel(w, a.band)).toBe("not enough answers");
    expect(domainOf(r, "c").status).toBe("not-enough-answers");
    expect(domainOf(r, "b").status).toBe("scored");
  });

  it("has no scores at all when nothing is answered", () => {
    const r = scored(scoreScreen(instrument, {}));
    expect(r.answeredCount).toBe(0);
    expect(r.domains.every((d) => d.score === null)).toBe(true);
    expect(r.overall.score).toBeNull();
    expect(r.impact.score).toBeNull();
    expect(r.topDomains).toEqual([]);
    expect(r.concern).toBeNull();
  });

  it("keeps impact items out of the overall score", () => {
    const r = scored(scoreScreen(tiny, { b1: 0, b2: 0, b3: 0, c1: 0, c2: 0, i1: 4, i2: 4, i3: 4 }));
    expect(r.overall.score).toBe(0);
    expect(r.overall.answered).toBe(5);
    expect(r.overall.total).toBe(9);
    expect(r.impact.score).toBe(4);
    expect(r.domains.map((d) => d.id)).toEqual(["a", "b", "c"]);
  });

  it("rejects an answer to an unknown item id", () => {
    const r = scoreScreen(instrument, { "fear-1": 2, "fear-99": 2 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe("unknown-item");
      expect(r.error).toEqual({ kind: "unknown-item", item: "fear-99" });
    }
  });

  it("rejects an answer that is out of range or not a whole number", () => {
    for (const bad of [
      5,
      -1,
      2.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      "3" as unknown as number,
    ]) {
      const r = scoreScreen(instrument, { "fear-1": 2, "fear-2": bad });
      expect(r.ok, String(bad)).toBe(false);
      if (!r.ok) {
        expect(r.error.kind).toBe("invalid-answer");
        expect(r.error).toEqual({ kind: "invalid-answer", item: "fear-2" });
      }
    }
  });
});

describe("bands", () => {
  it("puts scores on the right side of each boundary", () => {
    const b = instrument.bands;
    expect(bandFor(0, b)).toBe("low");
    expect(bandFor(1.49, b)).toBe("low");
    expect(bandFor(1.5, b)).toBe("moderate");
    expect(bandFor(2.49, b)).toBe("moderate");
    expect(bandFor(2.5, b)).toBe("high");
    expect(bandFor(4, b)).toBe("high");
    expect(bandFor(null, b)).toBeNull();
  });

  it("bands real domain means that land on or near a boundary", () => {
    const r = scored(scoreScreen(tiny, { b1: 1, b2: 2, c1: 2, c2: 3, a1: 1, a2: 1, a3: 2 }));
    expect(domainOf(r, "b").band).toBe("moderate"); // 1.5
    expect(domainOf(r, "c").band).toBe("high"); // 2.5
    expect(domainOf(r, "a").band).toBe("low"); // (1 + 1 + 2) / 3
  });

  it("labels each band in plain words", () => {
    expect(bandLabel(w, "low")).toBe("low");
    expect(bandLabel(w, "moderate")).toBe("moderate");
    expect(bandLabel(w, "high")).toBe("high");
    expect(bandLabel(w, null)).toBe("not enough answers");
  });
});

describe("top domains", () => {
  it("picks the two highest-scoring domains, highest first", () => {
    const r = scored(scoreScreen(tiny, { a1: 1, a2: 1, b1: 4, b2: 3, c1: 2, c2: 2 }));
    expect(r.topDomains.map((d) => d.id)).toEqual(["b", "c"]);
  });

  it("breaks ties by instrument order", () => {
    const r = scored(scoreScreen(tiny, { c1: 3, c2: 3, b1: 3, b2: 3, a1: 3, a2: 3, a3: 1 }));
    expect(r.topDomains.map((d) => d.id)).toEqual(["a", "b"]);
  });

  it("leaves out domains without enough answers", () => {
    const r = scored(scoreScreen(tiny, { a1: 4, b1: 4, c1: 1, c2: 1 }));
    expect(r.topDomains.map((d) => d.id)).toEqual(["c"]);
  });
});

describe("when to suggest talking to a professional", () => {
  const lowSigns = { b1: 0, b2: 0, b3: 0, c1: 0, c2: 0 };
  const highSigns = { b1: 3, b2: 3, b3: 3, c1: 3, c2: 3 };

  it("says it gets in the way when the impact answers are high, even with low signs", () => {
    const r = scored(scoreScreen(tiny, { ...lowSigns, i1: 3, i2: 3 }));
    expect(r.overall.band).toBe("low");
    expect(r.concern).toBe("impact");
  });

  it("suggests talking for a high overall band, without saying it gets in the way", () => {
    const r = scored(scoreScreen(tiny, { ...highSigns, i1: 0, i2: 0 }));
    expect(r.impact.band).toBe("low");
    expect(r.concern).toBe("signs");
  });

  it("does not suggest it for moderate scores", () => {
    const r = scored(scoreScreen(tiny, { b1: 2, b2: 2, b3: 2, c1: 2, c2: 2, i1: 2, i2: 2 }));
    expect(r.concern).toBeNull();
  });

  it("does not read impact from too few impact answers", () => {
    const r = scored(scoreScreen(tiny, { ...lowSigns, i1: 4 }));
    expect(r.impact.status).toBe("not-enough-answers");
    expect(r.concern).toBeNull();
  });

  it("never says perfectionism gets in the way when the impact questions were skipped", () => {
    const signsOnly = answerEvery((item) => (item.reverse ? 0 : 4));
    for (const item of instrument.items) if (item.domain === "impact") delete signsOnly[item.id];
    const r = scored(scoreScreen(instrument, signsOnly));
    expect(r.overall.band).toBe("high");
    expect(r.impact.answered).toBe(0);
    expect(r.concern).toBe("signs");
    const said = [w("talkSignsH"), w("talkSigns"), bandMeaning(w, "impact", null, 0)].join(" ");
    expect(said).not.toMatch(/getting in the way|weighing on you/);
    expect(bandMeaning(w, "impact", null, 0)).toContain("did not answer");
  });
});

describe("what the overall and impact bands mean", () => {
  it("gives each band its own plain meaning", () => {
    const said = (["low", "moderate", "high"] as const).flatMap((band) => [
      bandMeaning(w, "overall", band, 18),
      bandMeaning(w, "impact", band, 3),
    ]);
    expect(new Set(said).size).toBe(6);
    expect(bandMeaning(w, "impact", "high", 3)).toContain("often gets in the way");
    expect(bandMeaning(w, "overall", "low", 18)).toContain("“never” or “rarely”");
  });

  it("tells skipped questions apart from too few answers", () => {
    expect(bandMeaning(w, "impact", null, 1)).toContain("too few");
    expect(bandMeaning(w, "impact", null, 0)).toContain("did not answer");
    expect(bandMeaning(w, "overall", null, 3)).toContain("too few");
  });
});

describe("too few answers", () => {
  it("scores a group from half of its items, rounded up, and not from fewer", () => {
    expect(enoughAnswers(1, 3)).toBe(false);
    expect(enoughAnswers(2, 3)).toBe(true);
    expect(enoughAnswers(8, 18)).toBe(false);
    expect(enoughAnswers(9, 18)).toBe(true);
    expect(enoughAnswers(0, 0)).toBe(false);
  });

  it("gives no overall band from a few sign answers", () => {
    const r = scored(scoreScreen(instrument, { "fear-1": 4, "fear-2": 4, "doubt-1": 4 }));
    expect(r.domains.find((d) => d.id === "fear-of-failure")!.band).toBe("high");
    expect(r.overall.band).toBeNull();
  });

  it("counts a screen as mostly skipped when fewer than half the questions are answered", () => {
    const some = (n: number) =>
      Object.fromEntries(instrument.items.slice(0, n).map((item) => [item.id, 2]));
    expect(mostlySkipped(instrument, {})).toBe(true);
    expect(mostlySkipped(instrument, some(1))).toBe(true);
    expect(mostlySkipped(instrument, some(10))).toBe(true);
    expect(mostlySkipped(instrument, some(11))).toBe(false);
    expect(mostlySkipped(instrument, some(21))).toBe(false);
  });
});

describe("the summary sentence", () => {
  it("names the two top domains in everyday words", () => {
    const r = scored(
      scoreScreen(
        instrument,
        answerEvery((item) =>
          ["fear-of-failure", "self-worth"].includes(item.domain) && !item.reverse ? 4 : 0,
        ),
      ),
    );
    const text = summarize(w, r);
    expect(text).toContain("fear of failure");
    expect(text).toContain("self-worth tied to results");
    expect(text.indexOf("fear of failure")).toBeLessThan(text.indexOf("self-worth"));
  });

  it("names only one domain when the second is low", () => {
    const text = summarize(w, scored(scoreScreen(tiny, { a1: 4, a2: 4, b1: 0, b2: 0 })));
    expect(text).toContain("alpha");
    expect(text).not.toContain("beta");
  });

  it("is gentle when every domain is low", () => {
    const text = summarize(w, scored(scoreScreen(tiny, { b1: 1, b2: 0, c1: 0, c2: 0 })));
    expect(text).not.toMatch(/beta|gamma|most around/);
    expect(text).toMatch(/now and then/);
  });

  it("says so when there are too few answers to sum up", () => {
    const text = summarize(w, scored(scoreScreen(tiny, { a1: 4 })));
    expect(text).toMatch(/not enough answers/);
  });

  it("never uses diagnostic words", () => {
    const all = [
      summarize(
        w,
        scored(
          scoreScreen(
            instrument,
            answerEvery(() => 4),
          ),
        ),
      ),
      summarize(
        w,
        scored(
          scoreScreen(
            instrument,
            answerEvery(() => 0),
          ),
        ),
      ),
      summarize(w, scored(scoreScreen(instrument, {}))),
    ];
    for (const text of all) expect(text).not.toMatch(/diagnos|disorder|you have|you are a/i);
  });
});

describe("the saved snapshot", () => {
  it("keeps each domain's id, score and band, and the overall and impact scores", () => {
    const r = scored(scoreScreen(tiny, { a1: 4, a2: 4, b1: 1, c1: 3, c2: 3, i1: 2, i2: 3 }));
    const snap = snapshotScores(r);
    expect(snap.domains).toEqual([
      { id: "a", score: 4, band: "high" },
      { id: "b", score: null, band: null },
      { id: "c", score: 3, band: "high" },
    ]);
    expect(snap.overall).toEqual({ score: 3, band: "high" });
    expect(snap.impact).toEqual({ score: 2.5, band: "high" });
  });
});
