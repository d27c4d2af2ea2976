/**
 * What a clinic changes to publish this site as its own. Nothing else in the
 * code base may hard-code the site's name, program or contact details.
 */
export interface SiteConfig {
  /** The site's name, shown in the header, titles and social cards. */
  name: string;
  /** A short line under the name. */
  tagline: string;
  /** The program that publishes the site, in general terms (no real clinic by default). */
  programName: string;
  /** How to reach the program for an intake call; plain text shown on pages. */
  contact: string;
  /** The region whose crisis lines content/crisis-lines.json holds. */
  region: string;
  /** BCP 47 language of the content. */
  lang: string;
  /** The public origin the site is deployed at; used for the sitemap and canonical URLs. */
  url: string;
  /** Who publishes the site: the organization's name, shown on the About page. */
  publisher: string;
  /** The clinician who last reviewed the content, with their role or credentials. */
  clinicalReviewer: string;
  /** When that clinical review was done, as YYYY-MM-DD. */
  clinicalReviewDate: string;
  /** How a reader reports an error: an email address, a form's address or a short instruction. */
  reportErrors: string;
}

/** A value still in square brackets is a placeholder the deploying clinic has not filled in. */
export const isPlaceholder = (value: string): boolean => /^\[.*\]$/.test(value.trim());

export const site: SiteConfig = {
  name: "Good Enough",
  tagline: "Understanding perfectionism, and practicing something kinder",
  programName: "a virtual intensive outpatient program (IOP)",
  contact:
    "To ask about an intake assessment, contact the program that shared this site with you, or ask your doctor for a referral.",
  region: "United States, United Kingdom and Ireland",
  lang: "en-US",
  url: "https://good-enough.example",
  // Placeholders: a clinic publishing the site replaces each bracketed value.
  publisher: "[Name of the clinic or organization that publishes this site]",
  clinicalReviewer: "[Name and credentials of the reviewing clinician]",
  clinicalReviewDate: "[YYYY-MM-DD]",
  reportErrors: "[An email address or web form for reporting errors]",
};
