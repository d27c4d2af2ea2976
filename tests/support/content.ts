import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

/** The article slugs promised by the content outline (shared/content-outline.md). */
export const outlineSlugs = [
  "what-is-perfectionism",
  "where-perfectionism-comes-from",
  "cognitive-distortions",
  "perfectionism-and-mental-health",
  "perfectionism-and-anxiety",
  "perfectionism-and-ocd",
  "perfectionism-and-eating-disorders",
  "perfectionism-and-depression",
  "perfectionism-and-substance-use",
  "perfectionism-burnout-and-workaholism",
  "perfectionism-and-procrastination",
  "how-perfectionism-is-assessed",
  "cbt-for-perfectionism",
  "exposure-and-response-prevention",
  "mindfulness-and-self-compassion",
  "group-therapy-and-peer-support",
  "behavioral-experiments",
  "why-virtual-iop",
  "aftercare-and-relapse-prevention",
  "healthy-boundaries",
  "perfectionism-and-life-satisfaction",
] as const;

export interface SourceArticle {
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  source: string;
}

export function readArticles(dir = "content/articles"): SourceArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => {
      const file = path.join(dir, f);
      const source = readFileSync(file, "utf8");
      const m = source.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
      if (!m) throw new Error(`${file}: no front matter`);
      return { slug: f.replace(/\.mdx$/, ""), file, data: parse(m[1]!) ?? {}, body: m[2]!, source };
    });
}

export { citedKeys } from "../../src/lib/citation";

export const referenceKeys = (): string[] =>
  (JSON.parse(readFileSync("content/references.json", "utf8")) as { id: string }[]).map(
    (r) => r.id,
  );

/** The worksheets' guidance files, read like articles (front matter and body). */
export const readWorksheets = () => readArticles("content/worksheets");

/** The FAQ answers, one MDX file each. */
export const readFaqs = () => readArticles("content/faqs");
