import { z } from "astro/zod";

/** Front matter of one question in content/faqs/<id>.mdx. The file name is the anchor id. */
export const faqSchema = z.object({
  /** The question, as a reader would ask it. */
  question: z.string().min(5).max(140),
  /** Position on /faq/, lowest first. */
  order: z.number().int().nonnegative(),
});
