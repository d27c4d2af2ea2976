import type { AstroIntegration } from "astro";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { cspFirst, stylesToHead } from "../lib/security/html.ts";
import { headersFile, securityHeaders } from "../lib/security/policy.ts";

/**
 * Security hardening that Astro's own CSP support leaves to us:
 * - `astro dev` and `astro preview` send the security headers
 *   (src/lib/security/policy.ts), so the browser tests see what hosts send;
 * - after a build, every page's CSP <meta> comes first in <head>, its island
 *   <style> moves into <head>, and dist/_headers is written for Netlify and
 *   Cloudflare Pages from the same policy.
 */
export default function security(): AstroIntegration {
  return {
    name: "good-enough-security",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        updateConfig({ server: { headers: securityHeaders() } });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, "utf8");
          const fixed = stylesToHead(cspFirst(html));
          if (
            !/^<!DOCTYPE html><html[^>]*><head><meta charset="[^"]*"><meta http-equiv="content-security-policy"/i.test(
              fixed,
            )
          )
            throw new Error(`${path.relative(root, file)}: no CSP <meta> right after the charset`);
          if (fixed !== html) await writeFile(file, fixed);
          pages++;
        }
        await writeFile(path.join(root, "_headers"), headersFile());
        logger.info(`CSP first on ${pages} pages; wrote _headers.`);
      },
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith(".html")) out.push(full);
  }
  return out;
}
