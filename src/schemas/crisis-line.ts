import { z } from "astro/zod";

/** One group of crisis lines in content/crisis-lines.json (a region, or "anywhere"). */
export const crisisLineSchema = z.object({
  /** Stable id, e.g. "us". */
  id: z.string(),
  /** Where these lines answer, e.g. "United States". */
  region: z.string(),
  /** Position in lists, lowest first. */
  order: z.number().int(),
  /** The services for this region. */
  services: z.array(
    z.object({
      /** The service's name. */
      name: z.string(),
      /** How to reach it, in plain words ("Call or text 988"). */
      how: z.string(),
      /** A phone number to dial, digits only, made into a tel: link. */
      tel: z
        .string()
        .regex(/^\+?[0-9]+$/)
        .optional(),
      /** A number to text, digits only, with the message in `how`. */
      sms: z
        .string()
        .regex(/^[0-9]+$/)
        .optional(),
      /** A website, shown as text (never fetched by this site). */
      web: z.string().optional(),
    }),
  ),
});
export type CrisisLine = z.infer<typeof crisisLineSchema>;
