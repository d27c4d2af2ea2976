import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtPages, gzipBytes, pageJavaScript } from "../support/dist";

const KB = 1024;
const HTML_BUDGET = 50 * KB;
const ISLAND_JS_BUDGET = 24 * KB;
const REGISTRATION_BUDGET = 1 * KB;
const pages = builtPages().map(([url, file]) => ({ url, html: readFileSync(file, "utf8") }));
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
/** How far a page may grow past its recorded weight before the ratchet stops it. */
const RATCHET_SLACK = 512;
const recordFile = new URL("./page-weights.json", import.meta.url);
const recorded: Record<string, number> = existsSync(recordFile)
  ? JSON.parse(readFileSync(recordFile, "utf8"))
  : {};
/** The text of each script a page runs that is written into the page. */
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\bsrc=|type="application\/ld\+json"/.test(m[1]!))
    .map((m) => m[2]!);

describe("page weight budgets", () => {
  it("builds the pages the budgets are checked on", () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it("keeps every page's HTML within 50 KB gzipped", () => {
    const over = pages
      .map((p) => ({ url: p.url, size: gzipBytes(p.html) }))
      .filter((p) => p.size > HTML_BUDGET)
      .map((p) => `${p.url}: ${kb(p.size)} of HTML (budget ${kb(HTML_BUDGET)})`);
    expect(over).toEqual([]);
  });

  it("loads only the offline worker's registration on reading pages, inline and within 1 KB gzipped", () => {
    const offenders = pages
      .filter(
        (p) => !p.html.includes("<astro-island") && p.url !== "/search/" && p.url !== "/worksheets/",
      )
      .map((p) => ({ url: p.url, js: pageJavaScript(p.html), scripts: inlineScripts(p.html) }))
      .filter(
        (p) =>
          p.js.total > REGISTRATION_BUDGET ||
          p.js.files.length > 0 ||
          p.scripts.length !== 1 ||
          !p.scripts[0]!.includes("serviceWorker"),
      )
      .map(
        (p) =>
          `${p.url}: ${kb(p.js.total)} of JS in ${p.scripts.length} inline and ${p.js.files.length} other scripts`,
      );
    expect(offenders).toEqual([]);
  });

  it("loads on /worksheets/ only the registration and the homework badges' inline script, within 1 KB", () => {
    // The list of tools is not a reading page: its badges say homework is
    // waiting, from this browser's storage (src/engine/homework/inline-script.ts).
    const page = pages.find((p) => p.url === "/worksheets/")!;
    const js = pageJavaScript(page.html);
    const scripts = inlineScripts(page.html);
    expect(js.files).toEqual([]);
    expect(scripts).toHaveLength(2);
    expect(scripts.some((s) => s.includes("serviceWorker"))).toBe(true);
    expect(scripts.some((s) => s.includes("[data-hw]"))).toBe(true);
    expect(js.total).toBeLessThanOrEqual(REGISTRATION_BUDGET);
  });

  it("gives every page the same registration script", () => {
    const registrations = new Set(
      pages.map((p) => inlineScripts(p.html).find((s) => s.includes("/sw.js"))),
    );
    expect([...registrations].length).toBe(1);
    expect([...registrations][0]).toBeDefined();
  });

  it("keeps each page with islands within 24 KB of gzipped JavaScript, every chunk counted", () => {
    const over = pages
      .filter((p) => p.html.includes("<astro-island"))
      .map((p) => ({ url: p.url, js: pageJavaScript(p.html) }))
      .filter((p) => p.js.total > ISLAND_JS_BUDGET)
      .map(
        (p) =>
          `${p.url}: ${kb(p.js.total)} of JS (budget ${kb(ISLAND_JS_BUDGET)}): ` +
          p.js.files.map((f) => `${f.url} ${kb(f.bytes)}`).join(", "),
      );
    expect(over).toEqual([]);
  });

  it("keeps each page with islands within 512 bytes of its recorded weight (npm run weights:record)", () => {
    const grown = pages
      .filter((p) => p.html.includes("<astro-island"))
      .map((p) => ({ url: p.url, now: pageJavaScript(p.html).total, was: recorded[p.url] }))
      .filter((p) => p.was === undefined || p.now > p.was + RATCHET_SLACK)
      .map((p) =>
        p.was === undefined
          ? `${p.url}: no recorded weight; run npm run weights:record and commit it`
          : `${p.url}: ${p.now} B, recorded ${p.was} B (+${p.now - p.was} B)`,
      );
    expect(grown).toEqual([]);
  });

  it("loads search code only on the search page, and only from this site", () => {
    const search = pages.find((p) => p.url === "/search/");
    expect(search, "the search page is built").toBeDefined();
    expect(search!.html).toMatch(/src="\/pagefind\/pagefind-ui\.js"/);
    const elsewhere = pages.filter((p) => p.url !== "/search/" && p.html.includes("/pagefind/"));
    expect(elsewhere.map((p) => p.url)).toEqual([]);
  });
});
