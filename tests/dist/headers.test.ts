import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { distDir } from "../support/dist";
import { headersFile, securityHeaders } from "../../src/lib/security/policy";

const file = path.join(distDir, "_headers");

describe("dist/_headers, for Netlify and Cloudflare Pages", () => {
  it("is written by the build from the policy module", () => {
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(headersFile());
  });

  it("refuses framing, sniffing, referrers and unused features for every path", () => {
    const text = readFileSync(file, "utf8");
    const rule = text.slice(text.indexOf("\n/*\n"));
    expect(rule).toMatch(/\n {2}Content-Security-Policy: [^\n]*frame-ancestors 'none'/);
    expect(rule).toContain("\n  X-Content-Type-Options: nosniff");
    expect(rule).toContain("\n  Referrer-Policy: no-referrer");
    for (const feature of ["camera", "microphone", "geolocation", "payment"])
      expect(securityHeaders()["Permissions-Policy"]).toContain(`${feature}=()`);
  });

  it("stays within Cloudflare Pages' limits of 100 rules and 2,000 characters a line", () => {
    const text = readFileSync(file, "utf8");
    const lines = text.split("\n");
    expect(lines.filter((l) => l.startsWith("/")).length).toBeLessThanOrEqual(100);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(2000);
  });

  it("leaves scripts, styles and workers to each page's <meta>, whose hashes it cannot know", () => {
    // A header policy without those hashes would block the pages' own inline
    // scripts, and a worker-src here would block search's blob: worker.
    expect(securityHeaders()["Content-Security-Policy"]).not.toMatch(
      /(^|; )(default-src|script-src|style-src|worker-src)\b/,
    );
  });
});
