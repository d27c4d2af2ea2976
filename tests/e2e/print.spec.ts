import { expect, test } from "@playwright/test";
import { seedScript } from "./support/seed";

/** What paper gets: the page as the print stylesheet shows it. */
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ media: "print" });
});

/** 8 mm in CSS px (96 px to the inch, 25.4 mm to the inch). */
const EIGHT_MM = (8 * 96) / 25.4;

test("the self-screen result prints its crisis lines once", async ({ page }) => {
  const answers = Object.fromEntries(
    [
      "fear",
      "standards",
      "doubt",
      "all-or-nothing",
      "procrastination",
      "self-worth",
      "impact",
    ].flatMap((d) => [1, 2, 3].map((n) => [`${d}-${n}`, 3])),
  );
  await page.addInitScript(seedScript, {
    "goodenough:self-screen": {
      version: 2,
      records: [
        {
          id: "s1",
          kind: "result",
          createdAt: "2026-11-02T10:00:00.000Z",
          updatedAt: "2026-11-02T10:00:00.000Z",
          instrumentId: "good-enough-reflection",
          instrumentVersion: 1,
          completedAt: "2026-11-02T10:00:00.000Z",
          answers,
          domains: [],
          overall: { score: 3, band: "high" },
          impact: { score: 3, band: "high" },
        },
      ],
    },
  });
  await page.goto("/worksheets/self-screen/results/?id=s1");
  await expect(page.locator("main .crisis")).toBeVisible();
  await expect(page.getByText("988 Suicide & Crisis Lifeline")).toHaveCount(2);
  // On screen the footer has its short copy too; on paper only one copy shows.
  await expect(page.locator(".crisis:visible")).toHaveCount(1);
  await expect(page.locator(".site-footer")).toContainText(/education/);
});

for (const path of ["/worksheets/thought-record/print/", "/worksheets/goal-planner/print/"])
  test(`the print page ${path} prints without the site footer`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator(".site-footer")).toBeHidden();
    await expect(page.locator("main")).toBeVisible();
  });

test("an article prints with its footer, and a link off the site prints where it goes", async ({
  page,
}) => {
  await page.goto("/learn/behavioral-experiments/");
  await expect(page.locator(".site-footer")).toBeVisible();
  const after = await page
    .locator('main a[href^="https://doi.org/"]')
    .first()
    .evaluate((a) => [getComputedStyle(a, "::after").content, a.getAttribute("href")]);
  expect(after[0]).toBe(`" (${after[1]})"`);
  // A link within the site prints as plain words.
  const inside = await page
    .locator('main a[href^="/"]')
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  expect(inside).toBe("none");
});

for (const [path, line] of [
  ["/worksheets/thought-record/print/", ".blank-line"],
  ["/worksheets/relapse-prevention-plan/print/", ".blank-line"],
  ["/worksheets/self-compassion-journal/print/", ".blank-line"],
  ["/worksheets/exposure-ladder/print/", ".blank-table tbody tr"],
  ["/worksheets/goal-planner/print/", ".pb-line"],
] as const)
  test(`the blank copy at ${path} has writing lines at least 8 mm apart`, async ({ page }) => {
    await page.goto(path);
    // What "Print a blank copy" sets, where a page prints either a plan or a blank copy.
    await page.evaluate(() => (document.documentElement.dataset.print = "blank"));
    // Lines in a row (one field's lines, a table's rows) are spaced by their own height.
    const gaps = await page.locator(line).evaluateAll((lines) => {
      const out: number[] = [];
      for (const [i, el] of lines.entries()) {
        const next = lines[i + 1];
        if (next && el.nextElementSibling === next)
          out.push(next.getBoundingClientRect().bottom - el.getBoundingClientRect().bottom);
      }
      return out;
    });
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(EIGHT_MM);
  });
