import { z } from "astro/zod";

/** Front matter of content/worksheets/<slug>.mdx: the guidance shown around a worksheet. */
export const worksheetSchema = z.object({
  /** The worksheet's name. */
  title: z.string().min(3).max(80),
  /** What it is for, in one or two sentences (shown on /worksheets/). */
  description: z.string().min(20).max(200),
  /**
   * The short lead above the tool on its page, one or two short sentences;
   * the description is used when there is none. The body is "How this works".
   */
  lead: z.string().min(10).max(160).optional(),
  /** Position on /worksheets/, lowest first. */
  order: z.number().int().nonnegative(),
  /** About how long one session with it takes, in minutes. */
  minutes: z.number().int().positive(),
  /** Whether the interactive version is built yet; if not, the page says so and offers the article. */
  status: z.enum(["available", "coming-soon"]),
  /** The article that explains the idea it practices. */
  article: z.string().regex(/^[a-z0-9-]+$/),
  /**
   * Whether its pages, blank print copy and homework page show the safety
   * caution (src/components/SafetyCaution.astro): true for exposure and experiments.
   */
  caution: z.boolean().default(false),
});
