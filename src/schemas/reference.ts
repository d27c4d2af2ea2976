import { z } from "astro/zod";

/** One source in content/references.json, cited by its id (the key). */
export const referenceSchema = z.object({
  /** The citation key, e.g. "limburg2017". */
  id: z.string().regex(/^[a-z0-9]+$/),
  /** Authors (or editors) in APA form, "Family, I. I.", in order. */
  authors: z.array(z.string().min(2)).min(1),
  /** True when `authors` are a book's editors. */
  editors: z.boolean().default(false),
  /** Year of publication. */
  year: z.number().int().min(1900).max(2100),
  /** The work's title, in sentence case. */
  title: z.string(),
  /** Journal name, for articles. */
  journal: z.string().optional(),
  /** Journal volume. */
  volume: z.string().optional(),
  /** Journal issue. */
  issue: z.string().optional(),
  /** Page range, or an article number. */
  pages: z.string().optional(),
  /** Publisher, for books. */
  publisher: z.string().optional(),
  /** DOI without the resolver prefix; only where one was seen. */
  doi: z.string().startsWith("10.").optional(),
  /** ISBN, for books. */
  isbn: z.string().optional(),
  /** A one-line plain summary of what the work found, in our own words. */
  finding: z.string(),
});
export type Reference = z.infer<typeof referenceSchema>;
