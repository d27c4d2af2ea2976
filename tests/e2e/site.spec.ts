import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { builtSitemapPaths, sitemapPaths } from "./support/site";

test.describe("every page in the sitemap", () => {
  test("the sitemap lists the site's pages", async ({ page }) => {
    const paths = await sitemapPaths(page);
    for (const p of [
      "/",
      "/learn/",
      "/learn/what-is-perfectionism/",
      "/faq/",
      "/get-help-now/",
      "/get-help/",
      "/learn/for-parents-and-carers/",
      "/learn/for-students/",
      "/learn/perfectionism-at-work/",
      "/privacy/",
    ]) {
      expect(paths).toContain(p);
    }
    expect(paths).not.toContain("/404/");
  });

  // One test per page, so a slow machine never runs out of time on the whole site.
  for (const path of builtSitemapPaths()) {
    test(`${path} passes axe in both themes, fits a 320-pixel screen with its header above the content, and loads only from this site`, async ({
      page,
      baseURL,
    }) => {
      const origin = new URL(baseURL!).origin;
      const problems: string[] = [];
      page.on("request", (req) => {
        const url = new URL(req.url());
        if (url.protocol.startsWith("http") && url.origin !== origin)
          problems.push(`request to ${req.url()}`);
      });
      page.on("console", (msg) => {
        if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
      });
      page.on("pageerror", (err) => problems.push(err.message));
      // Islands render after load; check what a person sees.
      await page.goto(path, { waitUntil: "networkidle" });
      await expectNoAxeViolations(page);
      await page.setViewportSize({ width: 320, height: 640 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
        .toBeLessThanOrEqual(320);
      // The header holds its buttons, and the page starts below it rather than under them.
      const [bar, buttons, content] = await page.evaluate(() => {
        const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
        return [box(".site-header").bottom, box(".site-header .help-now").bottom, box("main").top];
      });
      expect(buttons).toBeLessThanOrEqual(bar!);
      expect(bar).toBeLessThanOrEqual(content!);
      expect(problems).toEqual([]);
    });
  }
});

test.describe("the site shell", () => {
  test("a keyboard user can skip straight to the main content", async ({ page }) => {
    await page.goto("/learn/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("every page reaches the crisis lines from the header and shows them in the footer", async ({
    page,
  }) => {
    await page.goto("/learn/perfectionism-and-anxiety/");
    await expect(page.getByRole("contentinfo")).toContainText("988");
    await page.getByRole("banner").getByRole("link", { name: "Get help now" }).click();
    await expect(page).toHaveURL(/\/get-help-now\/$/);
    await expect(page.getByRole("main")).toContainText("Samaritans");
    await expect(page.getByRole("main")).toContainText("call your local emergency number");
  });

  test("Getting help is reached from the footer and from the crisis page, and keeps the crisis lines a link away", async ({
    page,
  }) => {
    await page.goto("/learn/what-is-perfectionism/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Finding a therapist" }).click();
    await expect(page).toHaveURL(/\/get-help\/$/);
    const main = page.getByRole("main");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Getting help");
    for (const name of [
      "The kinds of care",
      "Finding a therapist trained in CBT or ERP",
      "Questions to ask a therapist",
      "What to bring to a first appointment",
      "Books you can read",
    ])
      await expect(main.getByRole("heading", { name, level: 2 })).toBeVisible();
    await expect(main.getByRole("link", { name: "session summary" })).toHaveAttribute(
      "href",
      "/my-data/summary/",
    );
    await expect(main).toContainText("ISBN 9781684031535");
    await main.getByRole("link", { name: "get help now" }).first().click();
    await expect(page).toHaveURL(/\/get-help-now\/$/);
    await page.getByRole("main").getByRole("link", { name: "Getting help" }).click();
    await expect(page).toHaveURL(/\/get-help\/$/);
  });

  test("the cycle diagrams are named pictures with the steps in words, readable on a 375-pixel phone", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const [path, name, firstStep] of [
      [
        "/learn/what-is-perfectionism/",
        "The perfectionism cycle",
        "My worth depends on how well I do",
      ],
      [
        "/learn/perfectionism-and-procrastination/",
        "The procrastination loop",
        "A task feels like a test of my worth",
      ],
    ] as const) {
      await page.goto(path);
      const diagram = page.getByRole("img", { name, exact: true });
      await expect(diagram).toBeVisible();
      await expect(diagram).toHaveAccessibleDescription(
        new RegExp(`^1\\. ${firstStep}\\. 2\\. .*the cycle starts again\\.$`),
      );
      const box = await diagram.boundingBox();
      expect(box!.width).toBeLessThanOrEqual(375);
      // The words in the boxes are drawn at 14 pixels or more, not shrunk to fit.
      const smallest = await diagram
        .locator("text")
        .evaluateAll((els) => Math.min(...els.map((e) => e.getBoundingClientRect().height)));
      expect(smallest).toBeGreaterThanOrEqual(14);
    }
  });

  test("the Crisis Text Line's link opens a message to 741741 with HOME already typed", async ({
    page,
  }) => {
    await page.goto("/get-help-now/");
    const link = page.getByRole("main").getByRole("link", { name: "Text HOME to 741741" });
    await expect(link).toHaveAttribute("href", "sms:741741?&body=HOME");
    // What Chromium hands to the messaging app once it has parsed the link.
    const parsed = await link.evaluate((a: HTMLAnchorElement) => {
      const url = new URL(a.href);
      return { protocol: url.protocol, number: url.pathname, body: url.searchParams.get("body") };
    });
    expect(parsed).toEqual({ protocol: "sms:", number: "741741", body: "HOME" });
    await expect(page.getByRole("main")).toContainText("(treatment referral, not a crisis line)");
  });

  test("the footer leads to the about page, which says who reviewed the site and how to report an error", async ({
    page,
  }) => {
    await page.goto("/learn/what-is-perfectionism/");
    await expect(page.getByRole("main")).toContainText(
      /Last reviewed [A-Z][a-z]{2} \d{1,2}, \d{4}/,
    );
    await page
      .getByRole("contentinfo")
      .getByRole("link", { name: "About and editorial policy" })
      .click();
    await expect(page).toHaveURL(/\/about\/$/);
    for (const name of [
      "Who reviewed it, and when",
      "How we choose sources",
      "How to report an error",
    ])
      await expect(page.getByRole("heading", { name })).toBeVisible();
  });

  test("printing an article hides the navigation and search, and prints its links in black", async ({
    page,
  }) => {
    await page.goto("/learn/what-is-perfectionism/");
    const link = page.getByRole("main").getByRole("link").first();
    await expect(link).not.toHaveCSS("color", "rgb(0, 0, 0)");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(link).toHaveCSS("color", "rgb(0, 0, 0)");
  });

  test("an unknown address shows a helpful not-found page", async ({ page }) => {
    const res = await page.goto("/learn/no-such-article/");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
  });

  test("built pages carry a strict content security policy", async ({ page }) => {
    await page.goto("/");
    const csp = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute("content");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src[^;]*'self'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});

test.describe("search", () => {
  test("the header search finds an article by a word in it, and opens it", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
    await page.goto("/faq/");
    const search = page.getByRole("search");
    await search.getByRole("searchbox", { name: "Search articles" }).fill("procrastination");
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\/\?q=procrastination/);
    const result = page
      .locator(".pagefind-ui__result-link")
      .filter({ hasText: "procrastination" })
      .first();
    await expect(result).toBeVisible();
    await result.click();
    await expect(page).toHaveURL(/\/learn\/perfectionism-and-procrastination\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("procrastination");
    // Pagefind's WebAssembly must run under the CSP without a violation.
    expect(errors).toEqual([]);
  });

  test("finds reading pages and the worksheets, never My data, homework, print or summary pages", async ({
    page,
  }) => {
    // "privacy" appears on the privacy page, My data, the worksheets and in articles.
    await page.goto("/search/?q=privacy");
    const links = page.locator(".pagefind-ui__result-link");
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((els) =>
      els.map((e) => new URL((e as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs).toContain("/privacy/");
    expect(hrefs.filter((h) => /^\/my-data\/|\/(homework|print)\/$/.test(h))).toEqual([]);
  });

  test("finds the Getting help page and the pages for parents, students and work", async ({
    page,
  }) => {
    for (const [q, path] of [
      ["Talking Therapies", "/get-help/"],
      ["carers", "/learn/for-parents-and-carers/"],
      ["all-nighters", "/learn/for-students/"],
      ["delegation", "/learn/perfectionism-at-work/"],
    ] as const) {
      await page.goto(`/search/?q=${encodeURIComponent(q)}`);
      const links = page.locator(".pagefind-ui__result-link");
      await expect(links.first()).toBeVisible();
      const hrefs = await links.evaluateAll((els) =>
        els.map((e) => new URL((e as HTMLAnchorElement).href).pathname),
      );
      expect(hrefs, q).toContain(path);
    }
  });
});
