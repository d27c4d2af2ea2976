import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { articleSchema } from "./schemas/article";
import { crisisLineSchema } from "./schemas/crisis-line";
import { distortionSchema } from "./schemas/distortion";
import { faqSchema } from "./schemas/faq";
import { referenceSchema } from "./schemas/reference";
import { worksheetSchema } from "./schemas/worksheet";

// Content sits in the top-level content/ folder so writers never touch src/.
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: "*.mdx", base: "./content/articles" }),
    schema: articleSchema,
  }),
  faqs: defineCollection({
    // MDX, so an answer can cite its sources with <Cite k="…" />.
    loader: glob({ pattern: "*.mdx", base: "./content/faqs" }),
    schema: faqSchema,
  }),
  worksheets: defineCollection({
    loader: glob({ pattern: "*.mdx", base: "./content/worksheets" }),
    schema: worksheetSchema,
  }),
  references: defineCollection({
    loader: file("./content/references.json"),
    schema: referenceSchema,
  }),
  crisisLines: defineCollection({
    loader: file("./content/crisis-lines.json"),
    schema: crisisLineSchema,
  }),
  distortions: defineCollection({
    loader: file("./content/distortions.json"),
    schema: distortionSchema,
  }),
};
