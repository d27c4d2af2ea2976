import { expect, test, type Page } from "@playwright/test";
import { securityHeaders } from "../../src/lib/security/policy";

// The preview server sends the same headers as dist/_headers, so these are what
// a host configured from the README sends.
const port = Number(process.env.PORT ?? 4321);
// Another origin for the framing page, which the test makes up (it is never fetched).
const otherOrigin = `http://127.0.0.1:${port}`;
const framed = `http://localhost:${port}/my-data/`;

/**
 * Opens a made-up page on another origin that frames /my-data/. The framed
 * response is the preview server's own, passed through Playwright (Chromium's
 * local-network checks would otherwise stop a made-up page reaching localhost,
 * which would hide whether the headers work), with or without its headers.
 */
async function frameFromAnotherSite(page: Page, { keepHeaders }: { keepHeaders: boolean }) {
  await page.route(framed, async (route) => {
    const real = await route.fetch();
    expect(real.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await route.fulfill(
      keepHeaders
        ? { response: real }
        : { status: 200, contentType: "text/html", body: await real.text() },
    );
  });
  await page.route(`${otherOrigin}/framer`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Framer</title><iframe src="${framed}" title="framed"></iframe>`,
    }),
  );
  await page.goto(`${otherOrigin}/framer`);
}

test.describe("security headers and policy", () => {
  test("every response carries the security headers from the policy module", async ({ page }) => {
    const response = await page.goto("/my-data/");
    const headers = response!.headers();
    for (const [name, value] of Object.entries(securityHeaders()))
      expect(headers[name.toLowerCase()]).toBe(value);
  });

  test("another site cannot show a page in a frame", async ({ page }) => {
    await frameFromAnotherSite(page, { keepHeaders: true });
    // Chromium shows its own error page in place of a refused frame.
    const child = () => page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => child()?.url()).toMatch(/^chrome-error:/);
    await expect(
      page.frameLocator("iframe").getByRole("heading", { name: "My data", level: 1 }),
    ).toHaveCount(0);
  });

  test("the same frame loads when the page comes without its headers", async ({ page }) => {
    // So the check above can fail: it is the headers that refuse the frame.
    await frameFromAnotherSite(page, { keepHeaders: false });
    await expect(
      page.frameLocator("iframe").getByRole("heading", { name: "My data", level: 1 }),
    ).toBeVisible();
  });

  test("only the search page may compile WebAssembly", async ({ page }) => {
    // The smallest valid module: the magic number and version.
    const compiles = () =>
      WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
        () => "compiled",
        (e: Error) => e.name,
      );
    await page.goto("/");
    expect(await page.evaluate(compiles)).toBe("CompileError");
    await page.goto("/search/");
    expect(await page.evaluate(compiles)).toBe("compiled");
  });
});
