// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";

export default tseslint.config(
  { ignores: ["dist/", ".astro/", "node_modules/", "test-results/", "playwright-report/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: "readonly",
        document: "readonly",
        console: "readonly",
        process: "readonly",
        URL: "readonly",
      },
    },
    rules: {
      // The validator is src/engine/core/validate.ts; valibot is not a dependency.
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "valibot", message: "Use src/engine/core/validate.ts." }],
          patterns: [
            {
              group: ["@astrojs/*/client*", "@astrojs/*/dist/*"],
              message: "Use a package's public entry, never its internals.",
            },
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
);
