import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { generateSW } from "workbox-build";

/** Where the worker lives; src/components/UpdateNotice.astro registers this path. */
export const workerPath = "/sw.js";

/**
 * Makes the site installable and usable offline:
 * - serves /manifest.webmanifest (webmanifest.ts), in dev and in the build;
 * - after the build (and after Pagefind, so its index is included), has
 *   Workbox generate dist/sw.js, which precaches every file in dist: pages,
 *   CSS, JS, fonts, icons and the search index. It has no runtime caching,
 *   so it never stores anything from another origin, and never a person's
 *   entries (those stay in localStorage).
 */
export default function offline(): AstroIntegration {
  return {
    name: "good-enough-offline",
    hooks: {
      "astro:config:setup": ({ injectRoute }) => {
        injectRoute({
          pattern: "/manifest.webmanifest",
          entrypoint: new URL("./webmanifest.ts", import.meta.url),
          prerender: true,
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: ["**/*"],
          // _headers is for the host, not the browser.
          globIgnores: ["sw.js", "_headers"],
          swDest: path.join(root, workerPath),
          mode: "production",
          sourcemap: false,
          inlineWorkboxRuntime: true,
          // The whole site fits; the Pagefind wasm is the largest file.
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
          // Homework links and Pagefind's own requests carry query strings;
          // every file here is the same whatever the query.
          ignoreURLParametersMatching: [/.*/],
          // Astro's hashed files need no revision of their own.
          dontCacheBustURLsMatching: /^_astro\//,
          cleanupOutdatedCaches: true,
          // A first visit makes the page it is on work offline at once.
          clientsClaim: true,
          // A new version waits until the person chooses to reload (UpdateNotice).
          skipWaiting: false,
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`Offline worker precaches ${count} files (${(size / 1024).toFixed(0)} KB).`);
      },
    },
  };
}
