import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const distDir = path.resolve("dist");

/** Every built HTML page, as [url path, file path]. */
export function builtPages(): [string, string][] {
  if (!existsSync(distDir)) throw new Error("dist/ is missing: run `npm run build` first.");
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== "pagefind") walk(full);
      } else if (name.endsWith(".html")) {
        const rel = "/" + path.relative(distDir, full).split(path.sep).join("/");
        out.push([rel.replace(/index\.html$/, ""), full]);
      }
    }
  };
  walk(distDir);
  return out.sort(([a], [b]) => a.localeCompare(b));
}

export const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

const attr = (tag: string, name: string) =>
  tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replace(/&amp;/g, "&");

/**
 * The JavaScript a page loads: inline scripts, external scripts, island
 * components and renderers, and every module those import, statically or
 * dynamically. Returns the files (or "inline#n") and their gzipped bytes.
 * `root` is the built site the page's scripts are read from.
 */
export function pageJavaScript(
  html: string,
  exclude: (url: string) => boolean = () => false,
  root = distDir,
) {
  const entries: string[] = [];
  let inlineBytes = 0;
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? "";
    const type = attr(attrs, "type");
    if (type && type !== "module" && type !== "text/javascript") continue; // JSON-LD etc.
    const src = attr(attrs, "src");
    if (src) entries.push(src);
    else if (m[2]!.trim()) {
      inline.push(m[2]!);
      inlineBytes += gzipBytes(m[2]!);
      for (const im of m[2]!.matchAll(/(?:import\s*\(?|from)\s*["']([^"']+\.m?js)["']/g))
        entries.push(im[1]!);
    }
  }
  for (const m of html.matchAll(/<astro-island\b([^>]*)>/g)) {
    for (const name of ["component-url", "renderer-url", "before-hydration-url"]) {
      const url = attr(m[1]!, name);
      if (url) entries.push(url);
    }
  }
  const seen = new Set<string>();
  const files: { url: string; bytes: number }[] = [];
  const visit = (url: string) => {
    if (exclude(url) || seen.has(url)) return;
    seen.add(url);
    const file = path.join(root, url.split("?")[0]!);
    if (!existsSync(file)) throw new Error(`Script ${url} is referenced but not built`);
    const code = readFileSync(file, "utf8");
    files.push({ url, bytes: gzipBytes(code) });
    const specifiers =
      /(?:import\s*\(\s*|from\s*|import\s*)["'`](\.{1,2}\/[^"'`]+|\/[^"'`]+)["'`]/g;
    for (const im of code.matchAll(specifiers)) {
      // Astro's Preact renderer imports @preact/signals only for an island
      // whose props hold signals (data-preact-signals); count it only then.
      if (/signals\.module/.test(im[1]!) && !html.includes("data-preact-signals")) continue;
      visit(new URL(im[1]!, `http://x${url}`).pathname);
    }
  };
  entries.forEach((e) => visit(new URL(e, "http://x/").pathname));
  const total = inlineBytes + files.reduce((n, f) => n + f.bytes, 0);
  return { total, files, inlineCount: inline.length };
}
