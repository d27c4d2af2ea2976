import { expect, test } from "@playwright/test";

/** The result links for a query, in the order shown. */
async function resultsFor(page: import("@playwright/test").Page, q: string) {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  const links = page.locator(".pagefind-ui__result-link");
  await expect(links.first()).toBeVisible();
  return links;
}

test.describe("search finds help and tools", () => {
  for (const q of ["suicide", "988", "crisis"]) {
    test(`"${q}" finds Get help now first`, async ({ page }) => {
      const links = await resultsFor(page, q);
      await expect(links.first()).toHaveText("Get help now");
      await links.first().click();
      await expect(page).toHaveURL(/\/get-help-now\/$/);
    });
  }

  test('"thought record" finds the thought record worksheet, and it opens', async ({ page }) => {
    const links = await resultsFor(page, "thought record");
    const tool = links.filter({ hasText: /^Thought record$/ });
    await expect(tool).toHaveCount(1);
    await tool.click();
    await expect(page).toHaveURL(/\/worksheets\/thought-record\/$/);
  });

  test('"goal planner" finds the goal planner worksheet', async ({ page }) => {
    const links = await resultsFor(page, "goal planner");
    await expect(links.filter({ hasText: /^Good-enough goal planner$/ })).toHaveCount(1);
  });

  test("the therapists' page is found by what it is about", async ({ page }) => {
    const links = await resultsFor(page, "homework link");
    await expect(links.filter({ hasText: "For therapists" })).toHaveCount(1);
  });

  test("no excerpt starts in the middle of a sentence", async ({ page }) => {
    await resultsFor(page, "perfectionism");
    const excerpts = page.locator(".pagefind-ui__result-excerpt");
    await expect(excerpts.first()).toBeVisible();
    const starts = (await excerpts.allTextContents()).map((e) => e.trim().slice(0, 20));
    expect(starts.length).toBeGreaterThan(3);
    // Each starts with a capital, a digit, an opening quote, or "…" where no sentence start was in reach.
    expect(starts.filter((s) => !/^(…|["“'(]?[\p{Lu}\d])/u.test(s))).toEqual([]);
  });
});
