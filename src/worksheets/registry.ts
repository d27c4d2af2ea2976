import type { WorksheetManifest } from "./manifest";

/**
 * The worksheets, in the order the site lists them. Adding a worksheet is
 * adding its folder under src/worksheets/ and one line here.
 */
const slugs = [
  "self-screen",
  "goal-planner",
  "experiment-tracker",
  "thought-record",
  "exposure-ladder",
  "self-compassion-journal",
  "relapse-prevention-plan",
  "my-cycle",
  "costs-and-benefits",
] as const;

const manifests = import.meta.glob<WorksheetManifest>("./*/manifest.ts", {
  eager: true,
  import: "manifest",
});

export const pick = <T>(found: Record<string, T>, slug: string, file: string): T => {
  const hit = found[`./${slug}/${file}`];
  if (hit === undefined) throw new Error(`src/worksheets/${slug}/${file} is missing`);
  return hit;
};

/** Every worksheet's manifest, in list order. */
export const worksheets: readonly WorksheetManifest[] = slugs.map((slug) =>
  pick(manifests, slug, "manifest.ts"),
);

/** A worksheet's manifest by slug, or undefined for a slug the registry does not list. */
export const worksheetBySlug = (slug: string): WorksheetManifest | undefined =>
  worksheets.find((w) => w.slug === slug);

/** The worksheets a therapist can assign by link. */
export const assignable = worksheets.filter((w) => w.assignable);

/**
 * One part of every worksheet, found by its file name in each folder (see
 * manifest.ts), as [manifest, part] in list order. `found` is the result of
 * an `import.meta.glob` written at the call site for that one file name, so a
 * page bundles only the part it uses. Worksheets without the file are left out.
 */
export function partsOf<T>(found: Record<string, T>, file: string): [WorksheetManifest, T][] {
  const entries = Object.entries(found);
  return worksheets.flatMap((w): [WorksheetManifest, T][] => {
    const hit = entries.find(([path]) => path.endsWith(`/${w.slug}/${file}`));
    return hit ? [[w, hit[1]]] : [];
  });
}
