import { z } from "astro/zod";

/** One group of crisis lines in content/crisis-lines.json (a region, a topic, or "anywhere"). */
export const crisisLineSchema = z.object({
  /** Stable id, e.g. "us". */
  id: z.string(),
  /** Where these lines answer, or what they are for, e.g. "United States". */
  region: z.string(),
  /** Position in lists, lowest first. */
  order: z.number().int(),
  /** The services for this group. */
  services: z.array(
    z.object({
      /** The service's name. */
      name: z.string(),
      /**
       * "crisis" (the default) answers people in crisis; "referral" helps find
       * treatment and is labelled as not a crisis line.
       */
      kind: z.enum(["crisis", "referral"]).default("crisis"),
      /** How to reach it, in plain words ("Call or text 988"). */
      how: z.string(),
      /** A phone number to dial, digits only, made into a tel: link. */
      tel: z
        .string()
        .regex(/^\+?[0-9]+$/)
        .optional(),
      /** The number as people read it ("1-800-662-4357"); `tel` when absent. */
      telShown: z.string().optional(),
      /** A number to text, digits only, made into an sms: link. */
      sms: z
        .string()
        .regex(/^[0-9]+$/)
        .optional(),
      /** The keyword the sms: link pre-fills ("HOME"), so the person need not type it. */
      smsBody: z
        .string()
        .regex(/^[A-Za-z0-9 ]+$/)
        .optional(),
      /** A website as people read it, without https:// ("988lifeline.org"); linked, never fetched. */
      web: z
        .string()
        .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[^\s]*)?$/)
        .optional(),
    }),
  ),
});
export type CrisisLine = z.infer<typeof crisisLineSchema>;
export type CrisisService = CrisisLine["services"][number];
