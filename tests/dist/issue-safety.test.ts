import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtPages } from "../support/dist";
import { readWorksheets } from "../support/content";

const pages = new Map(builtPages().map(([url, file]) => [url, readFileSync(file, "utf8")]));
const html = (url: string) => {
  const page = pages.get(url);
  if (page === undefined) throw new Error(`${url} was not built`);
  return page;
};
/** The safety caution's markup, from src/components/SafetyCaution.astro. */
const cautionOn = (page: string) =>
  /<aside class="safety-caution"[^>]*data-safety-caution[\s\S]*?href="\/get-help-now\/"[\s\S]*?<\/aside>/.test(
    page,
  );

describe("the safety caution in the built site", () => {
  const flagged = readWorksheets()
    .filter((w) => w.data.caution === true)
    .map((w) => w.slug);

  it("is switched on for the exposure ladder and the experiment tracker", () => {
    expect(flagged.sort()).toEqual(["experiment-tracker", "exposure-ladder"]);
  });

  it("appears, with its link to the crisis page, on every page, blank copy and homework page of those worksheets", () => {
    const urls = [...pages.keys()].filter((u) =>
      flagged.some((slug) => u.startsWith(`/worksheets/${slug}/`)),
    );
    for (const slug of flagged) {
      for (const part of ["", "print/", "homework/"])
        expect(urls).toContain(`/worksheets/${slug}/${part}`);
    }
    expect(urls.filter((u) => !cautionOn(html(u)))).toEqual([]);
  });

  it("appears on the ERP and behavioral-experiments articles", () => {
    const articles = ["exposure-and-response-prevention", "behavioral-experiments"];
    expect(articles.filter((slug) => !cautionOn(html(`/learn/${slug}/`)))).toEqual([]);
  });

  it("prints with the experiment tracker's in-page blank copy", () => {
    const page = html("/worksheets/experiment-tracker/");
    const blank = page.slice(page.indexOf('class="print-blank"'));
    expect(cautionOn(blank)).toBe(true);
  });

  it("sits beside each experiment template that drops checking", () => {
    const page = html("/worksheets/experiment-tracker/");
    const cards = [...page.matchAll(/<li class="card"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
    const noted = cards.filter((c) => c.includes("exp-template-caution"));
    expect(noted.length).toBeGreaterThan(0);
    for (const c of noted) expect(c).toContain('href="#safety-caution"');
    expect(page).toContain('id="safety-caution"');
  });
});

describe("the crisis lines in the built site", () => {
  it("pre-fills HOME in the Crisis Text Line's sms: link", () => {
    expect(html("/get-help-now/")).toContain('href="sms:741741?&amp;body=HOME"');
  });

  it("labels SAMHSA's helpline as not a crisis line, and links websites", () => {
    const page = html("/get-help-now/");
    expect(page).toMatch(/SAMHSA[\s\S]{0,200}not a crisis line/);
    expect(page).toContain('href="tel:18006624357"');
    expect(page).toContain('href="https://988lifeline.org/"');
    expect(page).toContain('href="https://findahelpline.com/"');
  });
});

describe("the FAQ page's citations", () => {
  const page = html("/faq/");
  const answer = (id: string) => page.match(new RegExp(`<details id="${id}"[\\s\\S]*?</details>`))?.[0] ?? "";

  it("cite the research claims in the high-standards, high-achievement and main-reason answers", () => {
    for (const id of [
      "high-standards-vs-perfectionism",
      "perfectionism-and-high-achievement",
      "perfectionism-as-main-reason-for-iop",
    ])
      expect(answer(id), id).toMatch(/<span class="cite"[^>]*>\s*\(<a href="#ref-/);
  });

  it("resolve each (Author, year) link to a reference listed on the page", () => {
    const keys = [...page.matchAll(/href="#ref-([a-z0-9]+)"/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !page.includes(`<li id="ref-${k}"`))).toEqual([]);
  });
});

describe("the about page", () => {
  it("is built and linked from every page's footer", () => {
    expect(html("/about/")).toContain("How to report an error");
    const missing = [...pages].filter(([, p]) => !p.includes('href="/about/"')).map(([u]) => u);
    expect(missing).toEqual([]);
  });

  it("shows every article's last review date", () => {
    const articles = [...pages.keys()].filter((u) => /^\/learn\/[a-z0-9-]+\/$/.test(u));
    expect(articles.length).toBeGreaterThan(0);
    expect(
      articles.filter((u) => !/Last reviewed <time datetime="\d{4}-\d{2}-\d{2}"/.test(html(u))),
    ).toEqual([]);
  });
});
