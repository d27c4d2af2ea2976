import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtPages, distDir } from "../support/dist";

const pages = builtPages().map(([url, file]) => ({ url, html: readFileSync(file, "utf8") }));
const byUrl = new Map(pages.map((p) => [p.url, p.html]));
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

describe("internal links in the built site", () => {
  it("resolve every link to a built page, and every #anchor to an element on it", () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const m of page.html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
        const href = m[1]!.replace(/&amp;/g, "&");
        if (/^(https?:|mailto:|tel:|sms:|\/\/)/.test(href)) continue;
        const target = new URL(href, `http://site${page.url}`);
        const pathname = decodeURIComponent(target.pathname);
        const html = byUrl.get(pathname);
        if (html === undefined) {
          if (!existsSync(path.join(distDir, pathname))) broken.push(`${page.url} → ${href}`);
          continue;
        }
        const id = decodeURIComponent(target.hash.slice(1));
        if (id && !idsOf(html).has(id)) broken.push(`${page.url} → ${href} (no #${id})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("links every page to the crisis lines", () => {
    const missing = pages.filter((p) => !p.html.includes('href="/get-help-now/"')).map((p) => p.url);
    expect(missing).toEqual([]);
  });
});
