import { expect, test } from "@playwright/test";

test.describe("the header on a phone", () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test("is one row: wordmark, search, a folded menu and Get help now, all in the first screen", async ({
    page,
  }) => {
    await page.goto("/learn/what-is-perfectionism/");
    const banner = page.getByRole("banner");
    const parts = [
      banner.getByRole("link", { name: "Good Enough" }),
      banner.getByRole("link", { name: "Search" }),
      banner.locator("summary", { hasText: "Menu" }),
      banner.getByRole("link", { name: "Get help now" }),
    ];
    const boxes = [];
    for (const part of parts) {
      await expect(part).toBeInViewport();
      boxes.push((await part.boundingBox())!);
    }
    // One row: every part's middle at the same height, give or take a few pixels.
    const middles = boxes.map((b) => b.y + b.height / 2);
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(6);
    // The header takes well under a quarter of the screen.
    expect((await banner.boundingBox())!.height).toBeLessThan(800 * 0.15);
    // The menu starts folded: its links are not shown until asked for.
    await expect(banner.getByRole("link", { name: "For therapists" })).toBeHidden();
  });

  test("opens its menu from the keyboard, and For therapists stays on one line", async ({
    page,
  }) => {
    await page.goto("/");
    const summary = page.getByRole("banner").locator("summary");
    for (let i = 0; i < 10 && !(await summary.evaluate((s) => s === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await expect(summary).toBeFocused();
    await expect(summary).toHaveAccessibleName("Menu");
    // A focused menu button shows a visible outline.
    await expect(summary).not.toHaveCSS("outline-style", "none");

    await page.keyboard.press("Enter");
    const menu = page.getByRole("banner").getByRole("navigation", { name: "Main" });
    await expect(menu).toBeVisible();
    const therapists = menu.getByRole("link", { name: "For therapists" });
    await expect(therapists).toBeVisible();
    const learn = menu.getByRole("link", { name: "Learn" });
    expect((await therapists.boundingBox())!.height).toBe((await learn.boundingBox())!.height);

    await page.keyboard.press("Tab");
    await expect(learn).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await expect(menu).toBeHidden();
  });
});

test("on a wide screen the header shows the nav and the search field in one row", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  const banner = page.getByRole("banner");
  const nav = banner.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "For therapists" })).toBeVisible();
  await expect(banner.getByRole("searchbox", { name: "Search articles" })).toBeVisible();
  await expect(banner.locator("summary")).toBeHidden();
  const learn = (await nav.getByRole("link", { name: "Learn" }).boundingBox())!;
  const therapists = (await nav.getByRole("link", { name: "For therapists" }).boundingBox())!;
  expect(therapists.height).toBe(learn.height);
  expect(therapists.y).toBe(learn.y);
});
