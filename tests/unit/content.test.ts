import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fleschKincaidGrade, countWords, mdxToProse, median } from "../../src/lib/readability";
import { citedKeys, outlineSlugs, readArticles, referenceKeys } from "../support/content";

const articles = readArticles();
const slugs = new Set(articles.map((a) => a.slug));
const refs = new Set(referenceKeys());
const list = (xs: string[]) => (xs.length ? xs : []);

describe("the article library", () => {
  it("has an article for every slug in the content outline", () => {
    expect(outlineSlugs.filter((s) => !slugs.has(s))).toEqual([]);
  });

  it("keeps every article between 600 and 1,500 words", () => {
    const out = articles
      .map((a) => ({ file: a.file, words: countWords(mdxToProse(a.source)) }))
      .filter((a) => a.words < 600 || a.words > 1500)
      .map((a) => `${a.file}: ${a.words} words`);
    expect(out).toEqual([]);
  });

  it("gives every article at least two citations, each to a known reference", () => {
    const problems = articles.flatMap((a) => {
      const keys = citedKeys(a.body);
      const out: string[] = [];
      if (keys.length < 2) out.push(`${a.file}: ${keys.length} citation(s)`);
      for (const k of keys) if (!refs.has(k)) out.push(`${a.file}: unknown key "${k}"`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it("lists exactly the cited keys in each article's references front matter", () => {
    const problems = articles.flatMap((a) => {
      const listed = new Set((a.data.references as string[] | undefined) ?? []);
      const cited = new Set(citedKeys(a.body));
      return [
        ...[...cited]
          .filter((k) => !listed.has(k))
          .map((k) => `${a.file}: cites "${k}" but does not list it`),
        ...[...listed]
          .filter((k) => !cited.has(k))
          .map((k) => `${a.file}: lists "${k}" but never cites it`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it("points every related slug at an article that exists", () => {
    const broken = articles.flatMap((a) =>
      list(((a.data.related as string[] | undefined) ?? []).filter((s) => !slugs.has(s))).map(
        (s) => `${a.file}: related "${s}" does not exist`,
      ),
    );
    expect(broken).toEqual([]);
  });

  it("opens with a Key points box and offers a Try this box", () => {
    const missing = articles.flatMap((a) => [
      ...(/^\s*<KeyPoints>/.test(a.body) ? [] : [`${a.file}: no Key points box at the top`]),
      ...(/<TryThis worksheet="[a-z-]+">/.test(a.body) ? [] : [`${a.file}: no Try this box`]),
    ]);
    expect(missing).toEqual([]);
  });

  it("reads at a median Flesch–Kincaid grade of 9 or less, with no article above 11", () => {
    const grades = articles.map((a) => ({
      file: a.file,
      grade: fleschKincaidGrade(mdxToProse(a.source)),
    }));
    const tooHard = grades
      .filter((g) => g.grade > 11)
      .map((g) => `${g.file}: grade ${g.grade.toFixed(1)}`);
    expect(tooHard).toEqual([]);
    expect(median(grades.map((g) => g.grade))).toBeLessThanOrEqual(9);
  });

  it("never uses the words 'suffer from' or 'sufferer'", () => {
    const hits = articles
      .filter((a) => /suffer(s|ed|ing)? from|sufferer/i.test(a.body))
      .map((a) => a.file);
    expect(hits).toEqual([]);
  });
});

describe("the Getting help page (content/pages/get-help.mdx)", () => {
  const page = readArticles("content/pages").find((p) => p.slug === "get-help")!;
  const books = JSON.parse(readFileSync("content/references.json", "utf8")) as {
    id: string;
    publisher?: string;
    isbn?: string;
  }[];

  it("reads at grade 11 or less, with at least two citations, each known and listed", () => {
    expect(fleschKincaidGrade(mdxToProse(page.source))).toBeLessThanOrEqual(11);
    const cited = citedKeys(page.body);
    expect(cited.length).toBeGreaterThanOrEqual(2);
    expect(cited.filter((k) => !refs.has(k))).toEqual([]);
    expect([...new Set(cited)].sort()).toEqual([...(page.data.references as string[])].sort());
  });

  it("covers the kinds of care, finding a therapist, questions to ask and what to bring", () => {
    for (const level of [
      "Self-help",
      "Weekly therapy",
      "Intensive outpatient",
      "Partial hospitalization",
      "Inpatient",
    ])
      expect(page.body).toContain(`**${level}`);
    for (const heading of [
      "## Finding a therapist trained in CBT or ERP",
      "## Questions to ask a therapist",
      "## What to bring to a first appointment",
    ])
      expect(page.body).toContain(heading);
    expect(page.body).toContain("NHS Talking Therapies");
    expect(page.body).toContain("](/my-data/summary/)");
    expect(page.body).toContain("](/worksheets/self-screen/)");
    expect(page.body).toContain("](/get-help-now/)");
  });

  it("lists only books with a publisher and ISBN on its reading list", () => {
    const keys = [...page.body.matchAll(/<ReadingList keys=\{\[([^\]]*)\]\}/g)].flatMap((m) =>
      [...m[1]!.matchAll(/"([a-z0-9]+)"/g)].map((k) => k[1]!),
    );
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) {
      const book = books.find((b) => b.id === k);
      expect(book?.publisher, k).toBeTruthy();
      expect(book?.isbn, k).toMatch(/^97[89]\d{10}$/);
    }
  });
});
