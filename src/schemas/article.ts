import { z } from "astro/zod";
import { sections } from "../lib/sections";
import { worksheets } from "../worksheets/registry";

const sectionIds = sections.map((s) => s.id) as [string, ...string[]];

/** Front matter of an article in content/articles/<slug>.mdx. The file name is the slug. */
export const articleSchema = z.object({
  /** The page title and main heading, in sentence case. */
  title: z.string().min(3).max(90),
  /** One or two plain sentences for listings, search results and social cards. */
  description: z.string().min(20).max(160),
  /** Which group of /learn/ the article belongs to. */
  section: z.enum(sectionIds),
  /** When the article was last reviewed for accuracy (YYYY-MM-DD); shown as "Last reviewed". */
  updated: z.coerce.date(),
  /** Worksheets that practice the article's ideas, by slug. */
  worksheets: z.array(z.enum(worksheets.map((w) => w.slug) as [string, ...string[]])).default([]),
  /** Other articles to read next, by slug; a test checks each one exists. */
  related: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  /** Keys in content/references.json that the article cites; the list at its foot. */
  references: z.array(z.string()).min(2),
  /** Show the article on the home page. */
  featured: z.boolean().default(false),
});
export type ArticleData = z.infer<typeof articleSchema>;
