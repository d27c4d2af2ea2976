import { z } from "astro/zod";

/** One thinking trap in content/distortions.json: the glossary the article and the thought record share. */
export const distortionSchema = z.object({
  /** Stable kebab-case id; stored in thought records, so never rename one. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The trap's everyday name. */
  name: z.string(),
  /** What it is, in one or two plain sentences. */
  summary: z.string(),
  /** A perfectionistic thought that shows the trap. */
  example: z.string(),
  /** A kinder, more balanced thought to try instead. */
  alternative: z.string(),
});
