// Screenshots of the built site for docs/design.md: the first screen (not the full
// page) at 375 and 1280 px wide, light and dark, of home, an article, each
// worksheet, the self-screen results (one result seeded) and the therapist builder.
// `npm run screenshots` builds, then runs this against `astro preview`.
// Not part of `npm test`: it checks nothing, it only draws.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { findChromium } from "../e2e/support/chromium.ts";

const root = new URL("../../", import.meta.url);
const out = new URL("docs/screenshots/", root);
const port = Number(process.env.PORT ?? 4399);
const base = `http://localhost:${port}`;

if (!existsSync(new URL("dist/index.html", root))) {
  console.error("No build in dist/. Run `npm run build` first (npm run screenshots does).");
  process.exit(1);
}
const executablePath = findChromium();
if (executablePath === null) {
  console.error("No Chromium found. Install one or set CHROMIUM_PATH=/path/to/chromium.");
  process.exit(1);
}

// The worksheets, in the order src/worksheets/registry.ts lists them.
const registry = readFileSync(new URL("src/worksheets/registry.ts", root), "utf8");
const slugs = [
  ...(registry.match(/const slugs = \[([\s\S]*?)\]/)?.[1] ?? "").matchAll(/"([^"]+)"/g),
]
  .map((m) => m[1]!)
  .filter(Boolean);

/** `scrollTo`: a selector brought to the top of the screen first, for a tool far down its page. */
const pages: { name: string; path: string; seed?: Record<string, unknown>; scrollTo?: string }[] = [
  { name: "home", path: "/" },
  { name: "article", path: "/learn/what-is-perfectionism/" },
  ...slugs.map((slug) => ({ name: `worksheet-${slug}`, path: `/worksheets/${slug}/` })),
  {
    name: "self-screen-results",
    path: "/worksheets/self-screen/results/",
    seed: selfScreenResult(),
  },
  { name: "therapist-builder", path: "/for-therapists/", scrollTo: "form.builder" },
];

/** One finished self-screen: every question answered "Sometimes" (2), so every band is moderate. */
function selfScreenResult(): Record<string, unknown> {
  const at = "2026-11-20T10:00:00.000Z";
  const domains = ["fear-of-failure", "unrealistic-standards", "self-doubt", "all-or-nothing"];
  domains.push("procrastination", "self-worth");
  const items = ["fear", "standards", "doubt", "all-or-nothing", "procrastination", "self-worth"];
  items.push("impact");
  const answers = Object.fromEntries(items.flatMap((d) => [1, 2, 3].map((n) => [`${d}-${n}`, 2])));
  const moderate = { score: 2, band: "moderate" };
  return {
    "goodenough:self-screen": {
      version: 2,
      records: [
        {
          id: "screenshot-result",
          createdAt: at,
          updatedAt: at,
          kind: "result",
          instrumentId: "good-enough-reflection",
          instrumentVersion: 1,
          completedAt: at,
          answers,
          domains: domains.map((id) => ({ id, ...moderate })),
          overall: moderate,
          impact: moderate,
        },
      ],
    },
  };
}

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`astro preview did not answer on ${base}`);
}

// Something else already on the port would be photographed instead of this build.
if (
  await fetch(base).then(
    () => true,
    () => false,
  )
) {
  console.error(`Port ${port} is already in use. Stop that server or set PORT to a free port.`);
  process.exit(1);
}

// Astro's own entry, run on this Node (the system's may be too old for Astro).
const astro = new URL("node_modules/astro/bin/astro.mjs", root).pathname;
const server = spawn(process.execPath, [astro, "preview", "--port", String(port)], {
  cwd: root,
  stdio: ["pipe", "ignore", "inherit"],
});
try {
  await waitForServer();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: executablePath || undefined,
    args: ["--no-sandbox", "--disable-background-networking"],
  });
  const rows: string[] = [];
  for (const p of pages) {
    const cells: string[] = [];
    for (const width of [375, 1280]) {
      for (const colorScheme of ["light", "dark"] as const) {
        const context = await browser.newContext({
          viewport: { width, height: 800 },
          colorScheme,
          reducedMotion: "reduce",
        });
        if (p.seed) {
          await context.addInitScript((values: Record<string, unknown>) => {
            for (const [k, v] of Object.entries(values)) localStorage.setItem(k, JSON.stringify(v));
          }, p.seed);
        }
        const page = await context.newPage();
        await page.goto(base + p.path, { waitUntil: "networkidle" });
        if (p.scrollTo)
          await page.locator(p.scrollTo).evaluate((el) => el.scrollIntoView({ block: "start" }));
        const file = `${p.name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: new URL(file, out).pathname });
        cells.push(`[${width} ${colorScheme}](${file})`);
        await context.close();
      }
    }
    rows.push(`| ${p.name} (\`${p.path}\`) | ${cells.join(" · ")} |`);
  }
  await browser.close();
  writeFileSync(
    new URL("README.md", out),
    [
      "# Screenshots",
      "",
      "The first screen of each page, 375 and 1280 px wide, in light and dark. Written by",
      "`npm run screenshots` (tests/tools/screenshots.ts); do not edit by hand.",
      "",
      "| page | screenshots |",
      "| ---- | ----------- |",
      ...rows,
      "",
    ].join("\n"),
  );
  console.log(`Wrote ${pages.length * 4} screenshots to docs/screenshots/`);
} finally {
  server.kill();
}
