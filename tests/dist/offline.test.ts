import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtPages, distDir, gzipBytes } from "../support/dist";
import { site } from "../../src/site.config";

const KB = 1024;
const worker = readFileSync(path.join(distDir, "sw.js"), "utf8");
// Workbox writes the precache list as one array literal of {url, revision}.
const listText = worker.match(/\[\{url:"[\s\S]*?\}\]/)?.[0] ?? "";
const precached = [...listText.matchAll(/url:"([^"]*)"/g)].map((m) => m[1]!);
const manifest = JSON.parse(readFileSync(path.join(distDir, "manifest.webmanifest"), "utf8"));

/** Every file in dist, as a path relative to it. */
function distFiles(dir = distDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return distFiles(full);
    return [path.relative(distDir, full).split(path.sep).join("/")];
  });
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string) {
  const data = readFileSync(file);
  return `${data.readUInt32BE(16)}x${data.readUInt32BE(20)}`;
}

describe("the offline worker, dist/sw.js", () => {
  it("precaches every file the site serves, pages and search index included", () => {
    expect(precached.length).toBeGreaterThan(100);
    const missing = distFiles().filter((f) => !["sw.js", "_headers"].includes(f) && !precached.includes(f));
    expect(missing).toEqual([]);
    for (const needed of ["index.html", "search/index.html", "pagefind/pagefind-ui.js", "manifest.webmanifest"])
      expect(precached).toContain(needed);
    expect(precached.some((f) => f.endsWith(".pagefind"))).toBe(true);
    expect(precached.some((f) => f.startsWith("pagefind/fragment/"))).toBe(true);
  });

  it("lists only files of this site, none from another origin", () => {
    const foreign = precached.filter((url) => /^[a-z]+:|^\/\//i.test(url) || !existsSync(path.join(distDir, url)));
    expect(foreign).toEqual([]);
  });

  it("stays under 10 KB gzipped apart from its precache list", () => {
    expect(listText).not.toBe("");
    const size = gzipBytes(worker.replace(listText, "[]"));
    expect(size).toBeLessThan(10 * KB);
  });
});

describe("the web app manifest", () => {
  it("names the site from its config and starts at the home page", () => {
    expect(manifest).toMatchObject({
      name: site.name,
      short_name: site.name,
      start_url: "/",
      scope: "/",
      display: "standalone",
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it("points at icons that exist at the sizes it gives, a maskable one included", () => {
    const wrong = manifest.icons
      .filter((icon: { src: string; sizes: string; type: string }) => {
        const file = path.join(distDir, icon.src);
        if (!existsSync(file)) return true;
        return icon.type === "image/png" && pngSize(file) !== icon.sizes;
      })
      .map((icon: { src: string }) => icon.src);
    expect(wrong).toEqual([]);
    const purposes = manifest.icons.map((i: { purpose: string; sizes: string }) => `${i.purpose} ${i.sizes}`);
    expect(purposes).toEqual(expect.arrayContaining(["any 192x192", "any 512x512", "maskable 512x512"]));
  });

  it("is linked from every page, with theme colors for light and dark", () => {
    const bad = builtPages()
      .map(([url, file]) => ({ url, html: readFileSync(file, "utf8") }))
      .filter(
        (p) =>
          !p.html.includes('<link rel="manifest" href="/manifest.webmanifest">') ||
          !/<meta name="theme-color" media="\(prefers-color-scheme: light\)" content="#[0-9a-f]{6}">/i.test(p.html) ||
          !/<meta name="theme-color" media="\(prefers-color-scheme: dark\)" content="#[0-9a-f]{6}">/i.test(p.html),
      )
      .map((p) => p.url);
    expect(bad).toEqual([]);
  });
});
