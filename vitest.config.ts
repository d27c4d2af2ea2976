import { defineConfig } from "vitest/config";

// Three projects: "unit" needs no build; "dist" checks the built site in dist/
// (budgets, links, content rules), so `npm test` runs it after `astro build`;
// "build" builds copies of the site (a minute or more each), so it has its own
// run and time limits rather than slowing the unit run.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      { test: { name: "dist", include: ["tests/dist/**/*.test.ts"], environment: "node" } },
      {
        test: {
          name: "build",
          include: ["tests/build/**/*.test.ts"],
          environment: "node",
          hookTimeout: 600_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
