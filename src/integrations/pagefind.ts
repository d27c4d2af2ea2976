import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import path from "node:path";
import * as pagefind from "pagefind";

/**
 * Builds the Pagefind index after every production build, through Pagefind's
 * Node API, so `astro build` alone yields a searchable site. Only elements
 * marked `data-pagefind-body` are indexed: articles, the FAQ, Get help now,
 * privacy, for therapists, and each worksheet's introduction (never what an
 * island draws, nor My data, homework, print or summary pages).
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: "good-enough-pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length)
          throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: path.join(site, "pagefind") });
        if (written.errors.length)
          throw new Error(`Pagefind write failed: ${written.errors.join("; ")}`);
        logger.info(`Indexed ${added.page_count} pages for search.`);
        await pagefind.close();
      },
    },
  };
}
