import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtPages } from "../support/dist";
import { searchAllowances } from "../../src/lib/security/policy";
import { site } from "../../src/site.config";

const pages = builtPages().map(([url, file]) => ({ url, html: readFileSync(file, "utf8") }));
const builtUrls = new Set(pages.map((p) => p.url));
const cspOf = (html: string) =>
  html.match(/<meta http-equiv="content-security-policy" content="([^"]*)">/)?.[1];

describe("the Content-Security-Policy <meta> on every built page", () => {
  it("comes first in <head>, straight after the charset", () => {
    const late = pages
      .filter(
        (p) =>
          !/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy" /i.test(
            p.html,
          ),
      )
      .map((p) => p.url);
    expect(late).toEqual([]);
  });

  it("appears once, and never allows inline or eval'd script", () => {
    const bad = pages.filter((p) => {
      const csp = cspOf(p.html);
      const count = p.html.match(/http-equiv="content-security-policy"/gi)?.length;
      return !csp || count !== 1 || /'unsafe-inline'|'unsafe-eval'/.test(csp);
    });
    expect(bad.map((p) => p.url)).toEqual([]);
  });

  it("grants WebAssembly and blob: workers on /search/ only", () => {
    const granted = pages
      .filter((p) => {
        const csp = cspOf(p.html) ?? "";
        return csp.includes(searchAllowances.scriptResource) || /worker-src[^;]*blob:/.test(csp);
      })
      .map((p) => p.url);
    expect(granted).toEqual(["/search/"]);
    const search = cspOf(pages.find((p) => p.url === "/search/")!.html)!;
    expect(search).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(search).toContain(searchAllowances.directive);
  });

  it("lets every page start the offline worker from this origin", () => {
    const without = pages
      .filter((p) => !/(^|;)\s*worker-src 'self'[ ;]/.test(cspOf(p.html) ?? ""))
      .map((p) => p.url);
    expect(without).toEqual([]);
  });
});

describe("the rest of each built page's markup", () => {
  it("keeps <style> elements out of <body> and nothing after </html>", () => {
    const bad = pages
      .filter((p) => {
        const body = p.html.slice(p.html.indexOf("<body"));
        return /<style\b/.test(body) || p.html.trimEnd().slice(-7) !== "</html>";
      })
      .map((p) => p.url);
    expect(bad).toEqual([]);
  });

  it("points every canonical link and og:url at a page that was built", () => {
    const broken: string[] = [];
    for (const p of pages) {
      const urls = [
        ...p.html.matchAll(/<link rel="canonical" href="([^"]*)">|<meta property="og:url" content="([^"]*)">/g),
      ].map((m) => (m[1] ?? m[2])!);
      if (p.url !== "/404.html" && urls.length !== 2) broken.push(`${p.url}: ${urls.length} of 2`);
      for (const u of urls) {
        const url = new URL(u);
        if (url.origin !== new URL(site.url).origin || !builtUrls.has(url.pathname))
          broken.push(`${p.url} → ${u}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("gives the 404 page no canonical link or og:url", () => {
    const notFound = pages.find((p) => p.url === "/404.html")!.html;
    expect(notFound).not.toMatch(/rel="canonical"|property="og:url"/);
    expect(notFound).toContain('<meta name="robots" content="noindex">');
  });
});
