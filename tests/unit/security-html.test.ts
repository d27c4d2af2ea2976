import { describe, expect, it } from "vitest";
import { cspFirst, stylesToHead } from "../../src/lib/security/html";

const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;

describe("moving the CSP meta to the top of head", () => {
  it("puts it straight after the charset, ahead of JSON-LD and stylesheets", () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><script type="application/ld+json">{}</script><link rel="stylesheet" href="/a.css">${csp}</head><body></body></html>`;
    expect(cspFirst(html)).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8">${csp}<title>t</title><script type="application/ld+json">{}</script><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
    );
  });

  it("leaves a page without a CSP meta as it was", () => {
    const html = `<html><head><meta charset="utf-8"></head><body></body></html>`;
    expect(cspFirst(html)).toBe(html);
  });
});

describe("moving styles out of body", () => {
  it("moves each distinct <style> in body to the end of head, text unchanged", () => {
    const style = "<style>astro-island{display:contents}</style>";
    const html = `<html><head><title>t</title></head><body><p>a</p>${style}<astro-island></astro-island>${style}</body></html>`;
    expect(stylesToHead(html)).toBe(
      `<html><head><title>t</title>${style}</head><body><p>a</p><astro-island></astro-island></body></html>`,
    );
  });

  it("leaves styles already in head alone", () => {
    const html = `<html><head><style>p{}</style></head><body><p>a</p></body></html>`;
    expect(stylesToHead(html)).toBe(html);
  });
});
