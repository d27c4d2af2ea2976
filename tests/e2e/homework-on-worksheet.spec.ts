import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { seedWorksheet } from "./support/seed";

/** Makes a link on the For therapists page, with a due date, as a therapist would. */
async function linkDue(page: Page, worksheet: string, fill: (page: Page) => Promise<void>) {
  await page.goto("/for-therapists/");
  await page.getByRole("radio", { name: worksheet }).check();
  await page.getByLabel("Your name, as your client knows you").fill("Dr. Rivera");
  await fill(page);
  await page.getByLabel("Due date").fill("2026-12-10");
  await page.getByRole("button", { name: "Make the link" }).click();
  return page.getByLabel("Link to send").inputValue();
}

/** Opens a homework link on the client's own device and adds it. */
async function add(browser: Browser, link: string) {
  const client = await (await browser.newContext()).newPage();
  await client.goto(link);
  await client.getByRole("button", { name: "Add to my worksheet" }).click();
  await expect(client.getByRole("region", { name: "Homework", exact: true })).toContainText(
    "Added to your worksheet",
  );
  return client;
}

const at = (month: string) => ({
  createdAt: `2026-${month}-02T10:00:00.000Z`,
  updatedAt: `2026-${month}-02T10:00:00.000Z`,
});

test.describe("homework on the worksheet's own page", () => {
  test.describe.configure({ timeout: 90_000 });

  test("a worksheet's page counts only its own assignments still to do, from every key, and leads to them", async ({
    page,
  }) => {
    // The key from before months, and a month's key: both are read.
    const live = (id: string, worksheet: string, month: string) => ({
      id,
      kind: "assignment",
      worksheet,
      ...at(month),
    });
    await seedWorksheet(page, "/worksheets/", "goodenough:homework", [
      live("bbbbbbbb1", "thought-record", "10"),
      live("bbbbbbbb2", "goal-planner", "10"),
      { id: "bbbbbbbb3", deleted: true, ...at("10") },
    ]);
    await seedWorksheet(page, "/worksheets/", "goodenough:homework/2026-12", [
      { ...live("bbbbbbbb4", "goal-planner", "12"), doneAt: "2026-12-03T10:00:00.000Z" },
      live("bbbbbbbb5", "goal-planner", "12"),
    ]);

    await page.goto("/worksheets/goal-planner/");
    const badge = page.getByRole("link", { name: /from your therapist/ });
    await expect(badge).toHaveText("2 assignments from your therapist");
    await expect(badge).toHaveAttribute("href", "/worksheets/goal-planner/homework/");
    // By the lead, before "How this works" and the tool.
    const lead = page.locator(".worksheet-intro");
    await expect(lead.getByRole("link", { name: /from your therapist/ })).toBeVisible();
    await expectNoAxeViolations(page, "goal planner with a homework badge");
    await badge.click();
    await expect(page).toHaveURL(/\/worksheets\/goal-planner\/homework\/$/);

    await page.goto("/worksheets/thought-record/");
    await expect(page.getByRole("link", { name: /from your therapist/ })).toHaveText(
      "1 assignment from your therapist",
    );
    await page.goto("/worksheets/exposure-ladder/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: /from your therapist/ })).toHaveCount(0);
  });
});

test.describe("the due date is carried into the entry", () => {
  test.describe.configure({ timeout: 90_000 });

  test("an experiment is planned for the due date", async ({ page, browser }) => {
    const link = await linkDue(page, "Behavioral experiment tracker", async (p) => {
      await p.getByLabel("Start from a ready experiment").selectOption({ index: 1 });
    });
    const client = await add(browser, link);
    await client.getByRole("link", { name: "See what was added" }).click();
    await expect(client.getByRole("article")).toContainText("Planned for Dec 10, 2026");
  });

  test("a thought record's draft says when it is due", async ({ page, browser }) => {
    const link = await linkDue(page, "Thought record", async (p) => {
      await p.getByLabel(/A situation to write about/).fill("The team meeting on Monday");
    });
    const client = await add(browser, link);
    await client.goto("/worksheets/thought-record/");
    await expect(client.getByRole("region", { name: /unfinished/i })).toContainText(
      "Homework from your therapist, due Dec 10, 2026.",
    );
  });

  test("a journal entry's first line says when it is due", async ({ page, browser }) => {
    const link = await linkDue(page, "Self-compassion journal", async (p) => {
      await p.getByLabel(/A moment or theme/).fill("The report I sent late");
    });
    const client = await add(browser, link);
    await client.getByRole("link", { name: "See what was added" }).click();
    await expect(client.locator(":focus").locator("xpath=..")).toContainText(
      "Prompt from Dr. Rivera, due Dec 10, 2026: The report I sent late",
    );
  });

  test("an exposure ladder's notes say when it is due", async ({ page, browser }) => {
    const link = await linkDue(page, "Exposure ladder", async (p) => {
      await p.getByLabel("The fear the ladder works on").fill("Being seen to make a mistake");
    });
    const client = await add(browser, link);
    await client.getByRole("link", { name: "See what was added" }).click();
    await expect(client.getByRole("article")).toContainText(
      "Homework from my therapist, due Dec 10, 2026.",
    );
  });
});
