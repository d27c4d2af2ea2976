import { expect, test, type Page } from "@playwright/test";
import { seedValues } from "./support/seed";
import { workedThought } from "../support/thought-record";

/**
 * Tool first, on a phone: at 375×800 the first control of each worksheet is
 * within one screen for someone who has used it before, and within one and a
 * half screens on a first visit. "How this works" is open on a first visit and
 * folded once the worksheet has entries.
 */
const PHONE = { width: 375, height: 800 };
const SCREEN = PHONE.height;
const t = (day: number) => `2026-11-${String(day).padStart(2, "0")}T10:00:00.000Z`;
const meta = (id: string, kind: string, day = 1) => ({
  id,
  kind,
  createdAt: t(day),
  updatedAt: t(day),
});

/** One stored entry for each worksheet, in its current shape, under the key a month. */
const returning: Record<string, Record<string, unknown>[]> = {
  "self-screen": [
    {
      ...meta("r1", "result"),
      instrumentId: "good-enough-reflection",
      instrumentVersion: 1,
      completedAt: t(1),
      answers: {},
      domains: [],
      overall: { score: null, band: null },
      impact: { score: null, band: null },
    },
  ],
  "goal-planner": [...seedValues["goodenough:goal-planner"].records],
  "experiment-tracker": [...seedValues["goodenough:experiment-tracker"].records],
  "thought-record": [workedThought({ id: "tr1", createdAt: t(2), updatedAt: t(2), when: t(2) })],
  "exposure-ladder": [
    { ...meta("work", "ladder"), theme: "Being seen to make a mistake" },
    {
      ...meta("s1", "step"),
      ladderId: "work",
      description: "Send a text with a typo",
      expectedSuds: 30,
      mastered: false,
    },
  ],
  "self-compassion-journal": [
    {
      ...meta("e1", "entry", 2),
      day: "2026-11-02",
      whatHappened: "I sent the report with a typo.",
      whatISaid: "",
      whatIdSayToAFriend: "",
      strength: "",
    },
  ],
  "relapse-prevention-plan": [{ ...meta("triggers", "section"), text: "Exam weeks" }],
  "my-cycle": [
    {
      ...meta("c1", "cycle", 2),
      day: "2026-11-02",
      worth: "Being the best at work",
      standards: "",
      checking: "",
      met: "",
      missed: "",
      costs: "",
    },
  ],
  "costs-and-benefits": [
    {
      ...meta("c1", "entry", 2),
      day: "2026-11-02",
      ...Object.fromEntries(
        ["keepGives", "keepCosts", "changeGives", "changeCosts", "edge"].map((f) => [f, ""]),
      ),
      topic: "My standards at work",
      decision: "Check once.",
    },
  ],
};
/** Stored versions that are not 2 (a worksheet's first shape is version 1). */
const versions: Record<string, number> = { "my-cycle": 1, "costs-and-benefits": 1 };

/** Stores the entries before any of the page's scripts run, on every load. */
const seed = (page: Page, slug: string) =>
  page.addInitScript(
    ([key, value]) => localStorage.setItem(key!, value!),
    [
      `goodenough:${slug}/2026-11`,
      JSON.stringify({ version: versions[slug] ?? 2, records: returning[slug] }),
    ],
  );

/**
 * The first control of the worksheet's tool (its island: a link, a button or
 * a field), once it has loaded. A returning user's first one is often a link
 * to an entry, such as a ladder in the exposure ladder's list.
 */
async function firstControlTop(page: Page) {
  const control = page
    .locator("main astro-island")
    .locator("a[href], button, input, select, textarea, summary, [role=radio]")
    .filter({ visible: true })
    .first();
  await expect(control).toBeVisible();
  return control.evaluate((el) => el.getBoundingClientRect().top + scrollY);
}

const howItWorks = (page: Page) =>
  page.locator("details", { has: page.getByText("How this works") });

test.use({ viewport: PHONE });

for (const slug of Object.keys(returning)) {
  const path = `/worksheets/${slug}/`;

  test(`${slug}: on a first visit, "How this works" is open and the tool starts within 1.5 screens`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(howItWorks(page)).toHaveAttribute("open", "");
    expect(await firstControlTop(page), `${slug}, first visit`).toBeLessThan(SCREEN * 1.5);
  });

  test(`${slug}: with entries, "How this works" is folded, the tool starts within the first screen, and the keyboard opens it`, async ({
    page,
  }) => {
    await seed(page, slug);
    await page.goto(path);
    const how = howItWorks(page);
    await expect(how).not.toHaveAttribute("open");
    expect(await firstControlTop(page), `${slug}, returning`).toBeLessThan(SCREEN);

    await how.getByText("How this works").focus();
    await page.keyboard.press("Enter");
    await expect(how).toHaveAttribute("open", "");
    await expect(how.locator("summary + *")).toBeVisible();
  });
}

test("the therapist link builder starts within the first screen of /for-therapists/", async ({
  page,
}) => {
  await page.goto("/for-therapists/");
  expect(await firstControlTop(page)).toBeLessThan(SCREEN);
});
