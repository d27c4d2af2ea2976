// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import pagefind from "./src/integrations/pagefind.ts";
import security from "./src/integrations/security.ts";
import offline from "./src/integrations/offline.ts";
import { cspDirectives, scriptResources } from "./src/lib/security/policy.ts";
import { site } from "./src/site.config.ts";

export default defineConfig({
  site: site.url,
  trailingSlash: "always",
  integrations: [
    mdx(),
    preact(),
    sitemap({ filter: (page) => !page.endsWith("/404/") }),
    security(),
    pagefind(),
    // Last: the worker precaches what the integrations above have written.
    offline(),
  ],
  security: {
    // The policy lives in src/lib/security/policy.ts; Astro adds each page's
    // script and style hashes. /search/ adds what Pagefind needs (search.astro).
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptResources] },
    },
  },
  vite: {
    define: {
      // The stores' timing hooks, for `npm run bench:data` only: its own build sets
      // GOODENOUGH_BENCH=1 (tests/bench/astro.bench.config.mjs); the site ships without them.
      "import.meta.env.BENCH": JSON.stringify(process.env.GOODENOUGH_BENCH === "1"),
    },
    build: {
      rollupOptions: {
        output: {
          // Folder convention: src/engine/core/ is what nearly every island page
          // loads (the store engine, validation, storage notices, the
          // confirmation), so it ships as one chunk with Preact and nanostores.
          // Many small shared chunks cost each page more in gzip overhead than
          // they save.
          manualChunks(id) {
            if (/node_modules\/(preact|nanostores)\/|\/src\/engine\/(core|storage)\//.test(id))
              return "engine";
          },
        },
      },
    },
  },
  build: {
    // Small pages inline their CSS; keeps requests few without affecting JS budgets.
    inlineStylesheets: "auto",
  },
});
