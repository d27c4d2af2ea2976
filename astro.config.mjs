// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import pagefind from "./src/integrations/pagefind.ts";
import { site } from "./src/site.config.ts";

export default defineConfig({
  site: site.url,
  trailingSlash: "always",
  integrations: [
    mdx(),
    preact(),
    sitemap({ filter: (page) => !page.endsWith("/404/") }),
    pagefind(),
  ],
  security: {
    csp: {
      // Everything comes from this origin. Pagefind compiles its search index
      // reader from WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
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
          // Every island page needs all of Preact; one chunk compresses better than three.
          manualChunks: (id) => (/node_modules\/preact\//.test(id) ? "preact" : undefined),
        },
      },
    },
  },
  build: {
    // Small pages inline their CSS; keeps requests few without affecting JS budgets.
    inlineStylesheets: "auto",
  },
});
