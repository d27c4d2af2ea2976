import { defineConfig } from "vitest/config";

// Two projects: "unit" needs no build; "dist" checks the built site in dist/
// (budgets, links, content rules), so `npm test` runs it after `astro build`.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      { test: { name: "dist", include: ["tests/dist/**/*.test.ts"], environment: "node" } },
    ],
  },
});
