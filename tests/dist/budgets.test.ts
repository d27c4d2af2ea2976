import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtPages, gzipBytes, pageJavaScript } from "../support/dist";

const KB = 1024;
const HTML_BUDGET = 50 * KB;
const ISLAND_JS_BUDGET = 24 * KB;
const pages = builtPages().map(([url, file]) => ({ url, html: readFileSync(file, "utf8") }));
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
/** How far a page may grow past its recorded weight before the ratchet stops it. */
const RATCHET_SLACK = 512;
const recordFile = new URL("./page-weights.json", import.meta.url);
const recorded: Record<string, number> = existsSync(recordFile)
  ? JSON.parse(readFileSync(recordFile, "utf8"))
  : {};

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

  it("loads no JavaScript on pages without islands, apart from the search page", () => {
    const offenders = pages
      .filter((p) => !p.html.includes("<astro-island") && p.url !== "/search/")
      .map((p) => ({ url: p.url, js: pageJavaScript(p.html) }))
      .filter((p) => p.js.total > 0)
      .map((p) => `${p.url}: ${kb(p.js.total)} of JS (budget 0)`);
    expect(offenders).toEqual([]);
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
