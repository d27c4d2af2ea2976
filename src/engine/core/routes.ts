// The routes islands use are also named exports, so a bundle takes only those.
export const articlePath = (slug: string) => `/learn/${slug}/`;
export const worksheetPath = (slug: string) => `/worksheets/${slug}/`;
/** A worksheet's second page, e.g. the self-screen's results. */
export const worksheetPartPath = (slug: string, part: string) => `/worksheets/${slug}/${part}/`;
export const myDataPath = "/my-data/";
export const myDataImportPath = "/my-data/import/";
export const myDataArchivePath = "/my-data/archive/";

/** Every route the site links to, in one place. Routes are promises to users: never rename one. */
export const routes = {
  home: "/",
  learn: "/learn/",
  article: articlePath,
  worksheets: "/worksheets/",
  worksheet: worksheetPath,
  worksheetPart: worksheetPartPath,
  faq: "/faq/",
  faqItem: (id: string) => `/faq/#${id}`,
  forTherapists: "/for-therapists/",
  /** Where a client's send-back link (#sum=…) opens: passphrase, then their entries, read-only. */
  sentView: "/for-therapists/view/",
  myData: myDataPath,
  /** Move older entries to a file when space runs low. */
  myDataArchive: myDataArchivePath,
  /** Import an export file: checked, previewed, then merged or replaced. */
  myDataImport: myDataImportPath,
  /** Pick entries to print or download for a session; ?worksheet=<slug> narrows it. */
  sessionSummary: "/my-data/summary/",
  search: "/search/",
  getHelpNow: "/get-help-now/",
  /** Getting help: how to find a therapist or other support (not a crisis page). */
  getHelp: "/get-help/",
  privacy: "/privacy/",
  references: "/references/",
  /** Who publishes the site, who reviewed it, and the editorial policy. */
  about: "/about/",
  reference: (key: string) => `/references/#ref-${key}`,
} as const;
