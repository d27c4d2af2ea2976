import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, expect, test, type Page } from "@playwright/test";
import { findChromium } from "./support/chromium";
import { securityHeaders } from "../../src/lib/security/policy";

const JOURNAL = "/worksheets/self-compassion-journal/";
const NOTICE = "Reload for the new version";

/** Waits until the offline worker has finished precaching and controls the page. */
async function workerInControl(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null))
    .toMatch(/\/sw\.js$/);
}

/** Starts writing a journal entry and leaves the words unsaved. */
async function startAnEntry(page: Page, words: string, base = "") {
  await page.goto(base + JOURNAL);
  await workerInControl(page);
  await page.getByRole("button", { name: "Write a new entry" }).click();
  await page.getByLabel("What happened").fill(words);
}

const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
};

/**
 * The built site on a server of this test's own, which can start serving the
 * next release's worker. (A browser fetches a worker's script past Playwright's
 * routing, so the change has to come from a server; dist/ stays as it is.)
 */
function siteServer() {
  let nextRelease = false;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url!, "http://x");
    let file = path.join("dist", decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    const next = url.pathname === "/sw.js" && nextRelease;
    res.writeHead(200, {
      ...securityHeaders(),
      "Content-Type": types[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-cache",
    });
    res.end(next ? `${body}\n// The next release.\n` : body);
  });
  return {
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "localhost", () =>
          resolve(`http://localhost:${(server.address() as AddressInfo).port}`),
        ),
      ),
    release: () => (nextRelease = true),
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Has the worker look for a new version now, as it does on each visit. */
const checkForUpdate = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.ready).update());

/** Marks the page, so a test can tell whether it has been reloaded since. */
const mark = (page: Page) => page.evaluate(() => ((window as { kept?: boolean }).kept = true));
const stillMarked = (page: Page) =>
  page.evaluate(() => (window as { kept?: boolean }).kept === true);

test.describe("offline", () => {
  test("after one visit to the home page, articles, search and every worksheet work offline, and an entry saved offline is there back online", async ({
    page,
    context,
  }) => {
    const failed: string[] = [];
    page.on("requestfailed", (r) => failed.push(r.url()));
    page.on("pageerror", (e) => failed.push(e.message));
    await page.goto("/");
    await workerInControl(page);
    await context.setOffline(true);

    // An article, reached by its link.
    await page.goto("/learn/");
    const article = page.locator('main a[href^="/learn/"]').first();
    const articleTitle = (await article.textContent())!.trim();
    await article.click();
    await expect(page).toHaveURL(/\/learn\/[a-z0-9-]+\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      new RegExp(`^${articleTitle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "i"),
    );

    // Search, from the header, through Pagefind's index and WebAssembly.
    const search = page.getByRole("search");
    await search.getByRole("searchbox", { name: "Search articles" }).fill("procrastination");
    await search.getByRole("button", { name: "Search" }).click();
    await expect(
      page.locator(".pagefind-ui__result-link").filter({ hasText: "procrastination" }).first(),
    ).toBeVisible();

    // Every worksheet the worksheets page lists, each with its islands running.
    await page.goto("/worksheets/");
    const sheets = await page
      .locator(".card-grid h2 a")
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(sheets.length).toBeGreaterThan(4);
    for (const sheet of sheets) {
      await page.goto(sheet);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("astro-island")).not.toHaveCount(0);
      await expect(page.locator("astro-island[ssr]"), `${sheet} comes to life`).toHaveCount(0);
    }

    // An entry saved with no connection.
    await page.goto(JOURNAL);
    await page.getByRole("button", { name: "Write a new entry" }).click();
    await page.getByLabel("What happened").fill("Wrote on the train with no signal.");
    await page.getByRole("button", { name: "Save entry" }).click();
    await expect(page.locator(".ws-message")).toContainText("Saved.");
    expect(failed).toEqual([]);

    await context.setOffline(false);
    await page.reload();
    await expect(page.locator("main")).toContainText("Wrote on the train with no signal.");
  });

  test("the offline copy holds only this site's own files, never an entry", async ({ page }) => {
    await page.goto("/");
    await workerInControl(page);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const req of await (await caches.open(name)).keys()) urls.push(req.url);
      return urls;
    });
    const origin = new URL(page.url()).origin;
    expect(cached.length).toBeGreaterThan(100);
    expect(cached.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(cached.some((u) => u.includes("goodenough:"))).toBe(false);
  });
});

test.describe("installing", () => {
  test("the manifest is valid, its icons load, the worker controls the page, and Chromium offers to install", async ({
    baseURL,
  }) => {
    // Chromium never offers to install from a private window, and each test's
    // own context is one; this test opens a browser with an ordinary profile.
    const profile = mkdtempSync(path.join(tmpdir(), "good-enough-install-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium() || undefined,
      args: ["--no-sandbox"],
      baseURL,
    });
    try {
      const page = await context.newPage();
      await page.goto("/");
      await workerInControl(page);
      const cdp = await context.newCDPSession(page);
      const { url, errors, data } = await cdp.send("Page.getAppManifest");
      expect(url).toMatch(/\/manifest\.webmanifest$/);
      expect(errors).toEqual([]);
      const manifest = JSON.parse(data!);
      expect(manifest.start_url).toBe("/");
      for (const icon of manifest.icons as { src: string; type: string }[]) {
        const response = await page.request.get(icon.src);
        expect(response.status(), icon.src).toBe(200);
        expect(response.headers()["content-type"]).toContain(icon.type);
      }
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

test.describe("updates", () => {
  let server: ReturnType<typeof siteServer>;
  let base: string;
  test.beforeEach(async () => {
    server = siteServer();
    base = await server.start();
  });
  test.afterEach(() => server.stop());

  test("a new version shows a notice, and another tab's reload leaves a page with unsaved words alone", async ({
    page,
    context,
  }) => {
    const words = "Half a thought I have not saved yet.";
    await startAnEntry(page, words, base);
    await mark(page);
    server.release();
    await checkForUpdate(page);
    const reload = page.getByRole("button", { name: NOTICE });
    await expect(reload).toBeVisible();
    await expect(page.getByText("A new version of this site is ready.")).toBeVisible();

    // The person chooses the new version in another tab.
    const other = await context.newPage();
    await other.goto(base + "/");
    await mark(other);
    await other.getByRole("button", { name: NOTICE }).click();
    await expect.poll(() => stillMarked(other).catch(() => false)).toBe(false);
    await expect(other.getByRole("heading", { level: 1 })).toBeVisible();

    // This tab now runs under the new worker, and has not been reloaded.
    await expect(reload).toBeHidden();
    expect(await stillMarked(page)).toBe(true);
    await expect(page.getByLabel("What happened")).toHaveValue(words);
  });

  test("pressing the button with unsaved words asks first, and staying keeps them", async ({
    page,
  }) => {
    const words = "Something I still want to keep.";
    await startAnEntry(page, words, base);
    await mark(page);
    server.release();
    await checkForUpdate(page);
    const asked = new Promise<string>((resolve) =>
      page.once("dialog", (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.getByRole("button", { name: NOTICE }).click();
    expect(await asked).toBe("beforeunload");
    expect(await stillMarked(page)).toBe(true);
    await expect(page.getByLabel("What happened")).toHaveValue(words);
  });

  test("pressing the button with nothing unsaved reloads into the new version", async ({
    page,
  }) => {
    await page.goto(base + "/learn/");
    await workerInControl(page);
    await mark(page);
    server.release();
    await checkForUpdate(page);
    await page.getByRole("button", { name: NOTICE }).click();
    await expect.poll(() => stillMarked(page).catch(() => false)).toBe(false);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: NOTICE })).toBeHidden();
  });
});
