import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

/** Every page path listed in the built sitemap, read through the running server. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const index = await (await page.request.get("/sitemap-index.xml")).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths: string[] = [];
  for (const map of maps) {
    const xml = await (await page.request.get(map)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  }
  return paths;
}

/**
 * The same paths, read from the built sitemap on disk, so that a spec can make
 * one test per page when it is loaded. The build runs before the browser tests.
 */
export function builtSitemapPaths(): string[] {
  if (!existsSync("dist")) throw new Error("dist/ is missing: run `npm run build` first.");
  return readdirSync("dist")
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) =>
      [...readFileSync(`dist/${f}`, "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1]!).pathname,
      ),
    );
}
