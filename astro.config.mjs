// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import pagefind from "./src/integrations/pagefind.ts";
import security from "./src/integrations/security.ts";
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
    resolve: {
      // A smaller client-only renderer for the Preact islands: see src/islands/client.ts.
      alias: {
        "@astrojs/preact/client.js": fileURLToPath(
          new URL("./src/islands/client.ts", import.meta.url),
        ),
      },
    },
    build: {
      rollupOptions: {
        output: {
          manualChunks(id) {
            if (/node_modules\/preact\//.test(id)) return "data";
            // The data layer every worksheet page loads, as one chunk: many small
            // shared chunks cost each page more in gzip overhead than they save.
            if (/node_modules\/(nanostores|@nanostores)\//.test(id)) return "data";
            if (
              /src\/(stores\/(engine|worksheet-store|quarantine)|lib\/(validate|ids|routes|dates|storage\/(codec|merge|keys|migrations|result|export|json))|schemas\/stored\/record|islands\/shared\/(StorageNotices|use-store|download|focus))\./.test(
                id,
              )
            )
              return "data";
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
