import { readStored } from "./support/seed";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test, type Page } from "@playwright/test";

const PAGE = "/worksheets/costs-and-benefits/";
const BLANK = "/worksheets/costs-and-benefits/print/";
const HOMEWORK = "/worksheets/costs-and-benefits/homework/";
const KEY = "goodenough:costs-and-benefits";

/** An entry in its stored shape. */
const entry = (id: string, day: string, fields: Record<string, unknown> = {}) => ({
  id,
  kind: "entry",
  createdAt: `${day}T20:00:00.000Z`,
  updatedAt: `${day}T20:00:00.000Z`,
  day,
  topic: "",
  keepGives: "",
  keepCosts: "",
  changeGives: "",
  changeCosts: "",
  edge: "",
  decision: "",
  ...fields,
});

const work = entry("work", "2026-11-02", {
  topic: "My standards at work",
  keepGives: "Praise from my boss",
  keepCosts: "Late nights\nNo time for friends",
  changeGives: "Evenings back",
  changeCosts: "I might miss an error",
  edge: "My care for the work",
  decision: "Check reports once, for two weeks.",
});
const email = entry("email", "2026-10-20", { topic: "Checking emails" });

async function seed(page: Page, records: Record<string, unknown>[]) {
  await page.goto(PAGE);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    KEY,
    JSON.stringify({ version: 1, records }),
  ] as const);
  await page.reload();
}

const status = (page: Page) => page.locator(".ws-message");
const cards = (page: Page) => page.locator(".ws-list > li");
const stored = (page: Page) => readStored(page, KEY);
const BOX_LABELS = [
  "Keeping things as they are: what it gives me",
  "Keeping things as they are: what it costs me",
  "Changing: what it would give me",
  "Changing: what it would cost me",
];

// Several tests run axe in two themes, which is slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ page }) => {
  // Printing opens a dialog; count the calls instead.
  await page.addInitScript(() => {
    window.print = () => {
      document.body.dataset.printed = String(Number(document.body.dataset.printed ?? 0) + 1);
    };
  });
});

test("a person weighs up a change with the keyboard, and it is listed newest first", async ({
  page,
}) => {
  await seed(page, [email]);
  await expectNoAxeViolations(page, "one entry");
  await page.getByRole("button", { name: "Start a new entry" }).click();
  await expect(
    page.getByRole("heading", { name: "Weigh up a change", level: 2 }).last(),
  ).toBeFocused();

  // Saving with nothing written says so, and keeps the form.
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(status(page)).toContainText("Nothing is saved yet");
  await expect(page.getByText("Write a little in at least one box.")).toBeVisible();
  await expect(page.getByLabel("The change I'm weighing up")).toBeFocused();

  await page.keyboard.type("My standards at work");
  for (const [i, label] of BOX_LABELS.entries()) {
    await page.keyboard.press("Tab");
    await expect(page.getByLabel(label)).toBeFocused();
    await page.keyboard.type(`Point ${i + 1}\nPoint ${i + 1}b`);
  }
  // The fear of losing one's edge has its own prompt, which links to the evidence.
  await expect(
    page.getByRole("heading", { name: "Worried you will lose your edge?" }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Read about strivings and concerns" }),
  ).toHaveAttribute("href", "/learn/what-is-perfectionism/#strivings-and-concerns");
  await expect(page.getByRole("link", { name: "Stoeber and Otto, 2006" })).toBeVisible();
  await page.getByLabel("What I would keep, even if I changed").fill("My care");
  await page.getByLabel("What I decide for now").fill("Try checking once.");
  await expectNoAxeViolations(page, "the form");
  await page.getByLabel("What I decide for now").press("Tab");
  await page.keyboard.press("Enter");

  await expect(status(page)).toHaveText("Saved. Looking honestly at both sides takes courage.");
  await expect(cards(page).locator("h3")).toHaveText(["My standards at work", "Checking emails"]);
  await expect(cards(page).first()).toContainText("Try checking once.");
  const saved = (await stored(page)).records;
  expect(saved).toHaveLength(2);
  expect(saved.find((r) => r.id !== "email")).toMatchObject({
    topic: "My standards at work",
    keepGives: "Point 1\nPoint 1b",
    changeCosts: "Point 4\nPoint 4b",
    edge: "My care",
    decision: "Try checking once.",
  });
});

test("an entry opens, is edited, and is deleted with a question and an Undo", async ({ page }) => {
  await seed(page, [work, email]);
  await page
    .getByRole("button", { name: "Open the entry: My standards at work, Nov 2, 2026" })
    .click();
  await expect(page.getByRole("heading", { name: "My standards at work", level: 2 })).toBeFocused();
  for (const label of BOX_LABELS) {
    await expect(page.getByRole("heading", { name: label })).toBeVisible();
  }
  await expect(page.getByText("No time for friends")).toBeVisible();
  await expectNoAxeViolations(page, "an entry");

  await page.getByRole("button", { name: "Edit" }).click();
  await expect(page.getByLabel("What I decide for now")).toHaveValue(
    "Check reports once, for two weeks.",
  );
  await page.getByLabel("What I decide for now").fill("Not yet.");
  // Leaving with unsaved words asks first.
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Keep writing" }).click();
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(status(page)).toHaveText("Saved your changes.");
  expect((await stored(page)).records.find((r) => r.id === "work")).toMatchObject({
    decision: "Not yet.",
  });

  await page.getByRole("button", { name: /^Open the entry: My standards at work/ }).click();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("“My standards at work”");
  await expectNoAxeViolations(page, "the question");
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByText("Deleted the entry: My standards at work.")).toBeVisible();
  await expect(cards(page)).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("heading", { name: "My standards at work", level: 2 })).toBeFocused();
  await page.getByRole("button", { name: "Back to all entries" }).click();
  await expect(cards(page)).toHaveCount(2);
});

test("on a phone the grid is four labeled sections, one after another; on a wide screen two columns", async ({
  page,
}) => {
  await seed(page, [work]);
  const lefts = () =>
    page
      .locator(".cb-grid > .cb-box")
      .evaluateAll((boxes) => boxes.map((b) => Math.round(b.getBoundingClientRect().left)));
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByRole("button", { name: /^Open the entry/ }).click();
  const phone = await lefts();
  expect(new Set(phone).size).toBe(1);
  await expect(page.locator(".cb-grid h3")).toHaveText(BOX_LABELS);
  await page.setViewportSize({ width: 1280, height: 800 });
  const wide = await lefts();
  // Keeping on the left (gives, then costs), changing on the right.
  expect(wide[0]).toBe(wide[1]);
  expect(wide[2]).toBe(wide[3]);
  expect(wide[2]).toBeGreaterThan(wide[0]!);
});

test("a saved entry prints on its own, and the blank copy prints the grid", async ({ page }) => {
  await seed(page, [work, email]);
  await page.getByRole("button", { name: /^Open the entry: My standards at work/ }).click();
  await page.getByRole("button", { name: "Print this entry" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "1");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByText("Evenings back")).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit" })).toBeHidden();
  await expect(page.getByText("Checking emails")).toHaveCount(0);

  await page.emulateMedia({ media: "screen" });
  await page.goto(BLANK);
  const sheet = page.locator(".blank-page");
  await expect(
    sheet.getByRole("heading", { name: "Costs and benefits of changing" }),
  ).toBeVisible();
  const grid = sheet.getByRole("table");
  await expect(grid.getByRole("columnheader")).toHaveText([
    "Keeping things as they are",
    "Changing",
  ]);
  await expect(grid.getByRole("rowheader")).toHaveText(["What it gives me", "What it costs me"]);
  await expect(sheet).toContainText("What I decide for now");
  expect(await page.locator("script[src], astro-island").count()).toBe(0);
  await expectNoAxeViolations(page, "blank copy");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(sheet).toBeVisible();
});

test("a therapist's topic and note become a new entry, waiting to be filled in", async ({
  page,
  browser,
}) => {
  await page.goto("/for-therapists/");
  await page.getByRole("radio", { name: "Costs and benefits of changing" }).check();
  const fields = page.getByRole("group", { name: "3. Suggest what to weigh up (optional)" });
  await fields.getByLabel("The change to weigh up").fill("  my standards at work ");
  await fields.getByLabel("A note to keep with the entry").fill("Bring it on Tuesday.");
  await page.getByLabel("Your name, as your client knows you").fill("Dr. Rivera");
  await expectNoAxeViolations(page, "builder");
  await page.getByRole("button", { name: "Make the link" }).click();
  const link = await page.getByLabel("Link to send").inputValue();
  expect(link).toMatch(/\/worksheets\/costs-and-benefits\/#hw=/);

  const client = await (await browser.newContext()).newPage();
  await seed(client, [email]);
  await client.goto(link);
  await expect(client).toHaveURL(HOMEWORK);
  const banner = client.getByRole("region", { name: "Homework", exact: true });
  await expect(banner).toContainText("my standards at work");
  await expect(banner).toContainText("Bring it on Tuesday.");
  await expectNoAxeViolations(client, "homework offer");
  await banner.getByRole("button", { name: "Add to my worksheet" }).click();
  await expect(banner).toContainText("Added to your worksheet");

  await client.goto(PAGE);
  const records = (await stored(client)).records;
  expect(records).toHaveLength(2);
  expect(records[0]).toEqual(email);
  expect(records[1]).toMatchObject({
    topic: "my standards at work",
    therapistNote: "Bring it on Tuesday.",
    homeworkId: expect.any(String),
  });
  const card = cards(client).filter({ hasText: "my standards at work" });
  await expect(card).toContainText("ready for you to fill in");
  await card.getByRole("button", { name: /^Fill this in/ }).click();
  await expect(client.getByText("Bring it on Tuesday.")).toBeVisible();
  await client.getByLabel("Changing: what it would give me").fill("Time with my kids");
  await client.getByRole("button", { name: "Save entry" }).click();
  await expect(status(client)).toHaveText("Saved your changes.");
  await expect(cards(client).first()).not.toContainText("ready for you to fill in");
});

test("the session summary and My data list the entries", async ({ page }) => {
  await seed(page, [work, email]);
  await page.goto("/my-data/");
  await expect(page.getByRole("row", { name: /Costs and benefits of changing/ })).toContainText(
    "2 looks at costs and benefits",
  );
  await page.goto("/my-data/summary/?worksheet=costs-and-benefits");
  await page.getByRole("checkbox", { name: /Costs and benefits: My standards at work/ }).check();
  const preview = page.getByRole("region", { name: "Your summary" });
  await expect(preview).toContainText("Keeping things as they are: what it costs me");
  await expect(preview).toContainText("No time for friends");
  await expect(preview).toContainText("Check reports once, for two weeks.");
});
