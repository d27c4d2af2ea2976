import { readStored } from "./support/seed";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test, type Browser, type Page } from "@playwright/test";

const PAGE = "/worksheets/my-cycle/";
const BLANK = "/worksheets/my-cycle/print/";
const HOMEWORK = "/worksheets/my-cycle/homework/";
const KEY = "goodenough:my-cycle";

/** A cycle in its stored shape. */
const cycle = (id: string, day: string, fields: Record<string, unknown> = {}) => ({
  id,
  kind: "cycle",
  createdAt: `${day}T20:00:00.000Z`,
  updatedAt: `${day}T20:00:00.000Z`,
  day,
  worth: "",
  standards: "",
  checking: "",
  met: "",
  missed: "",
  costs: "",
  ...fields,
});

const work = cycle("work", "2026-11-02", {
  worth: "Being the best at work",
  standards: "Every report must be perfect",
  checking: "I reread everything five times",
  met: "It wasn't hard enough to count",
  missed: "I call myself useless",
  costs: "No sleep, no time for friends",
});
const older = cycle("older", "2026-10-20", { worth: "Top marks at school" });

async function seed(page: Page, records: Record<string, unknown>[]) {
  await page.goto(PAGE);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    KEY,
    JSON.stringify({ version: 1, records }),
  ] as const);
  await page.reload();
}

const stored = (page: Page) => readStored(page, KEY);
const status = (page: Page) => page.locator(".ws-message");
const cards = (page: Page) => page.locator(".ws-list > li");
/** The drawing on screen (the one for paper is hidden until printing). */
const drawing = (page: Page) => page.locator("svg.cycle-svg.no-print");
const steps = (page: Page) => page.locator(".cyc-words li");

/** Today on the browser's own calendar, YYYY-MM-DD. */
const localToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });

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

test("the empty worksheet invites a first cycle, cites its sources, and passes axe", async ({
  page,
}) => {
  await page.goto(PAGE);
  await expect(page.getByRole("heading", { name: "Your cycles" })).toBeVisible();
  await expect(page.getByText("No cycles yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Shafran and colleagues, 2002" })).toHaveAttribute(
    "href",
    "/references/#ref-shafran2002",
  );
  await expect(page.getByRole("link", { name: "Egan and colleagues, 2014" })).toBeVisible();
  await expectNoAxeViolations(page, "empty");
});

test("draw a cycle from start to finish: the page draws it in the person's words, lists it in words with links, and keeps it", async ({
  page,
}) => {
  await seed(page, [older]);
  await page.getByRole("button", { name: "Draw a new cycle" }).click();
  await expect(page.getByRole("heading", { name: "Draw a new cycle" })).toBeFocused();
  await expect(page.getByLabel("Date")).toHaveValue(await localToday(page));
  // Each part has a prompt and an example.
  await expect(page.getByLabel("1. What my sense of worth rests on")).toHaveAccessibleDescription(
    /How do you judge yourself.*For example:/,
  );
  await expectNoAxeViolations(page, "form");

  const long =
    "Being seen as the one who never drops a ball, at work, at home, with my friends and with my family, every single day of the year";
  await page.getByLabel("Date").fill("2026-11-12");
  await page.getByLabel("1. What my sense of worth rests on").fill(long);
  await page.getByLabel("2. The standards I hold myself to").fill("No typos, ever");
  await page
    .getByLabel("3. What I do to keep up: checking, avoiding, putting off")
    .fill("Checking every email twice");
  await page.getByLabel("4. When I meet a standard").fill("I raise the bar");
  await page.getByLabel("5. When I miss a standard").fill("I go over it all night");
  await page.getByRole("button", { name: "Save and draw my cycle" }).click();

  await expect(status(page)).toHaveText("Saved. Here is your cycle.");
  const heading = page.getByRole("heading", { name: "Your cycle from Thu, Nov 12, 2026" });
  await expect(heading).toBeFocused();

  // The drawing holds their words, a long answer cut short with "…".
  const svg = drawing(page);
  await expect(svg).toBeVisible();
  await expect(svg).toContainText("No typos, ever");
  // A box of the fork is narrow: its words wrap onto more lines.
  await expect(svg.locator("text", { hasText: /^I raise the/ })).toHaveCount(1);
  await expect(svg).toContainText("…");
  await expect(svg).not.toContainText("every single day of the year");
  await expect(svg.locator("polygon")).toHaveCount(6);
  // The text version has every step in order, in full, with the loops said in words.
  await expect(steps(page)).toHaveCount(6);
  await expect(steps(page).nth(0)).toContainText(long);
  await expect(steps(page).nth(3)).toContainText("Then the cycle goes back to step 2.");
  await expect(steps(page).nth(4)).toContainText("Then the cycle goes back to step 1.");
  await expect(steps(page).nth(5)).toContainText("Not filled in");
  // Each part links to a worksheet that works on it.
  await expect(
    steps(page).nth(1).getByRole("link", { name: "Work on this: Good-enough goal planner" }),
  ).toHaveAttribute("href", "/worksheets/goal-planner/");
  await expect(steps(page).nth(2).getByRole("link")).toHaveAttribute(
    "href",
    "/worksheets/experiment-tracker/",
  );
  await expect(steps(page).nth(4).getByRole("link")).toHaveAttribute(
    "href",
    "/worksheets/self-compassion-journal/",
  );
  // The boxes link there too, for a pointer.
  await expect(svg.locator('a[href="/worksheets/goal-planner/"]')).toHaveCount(2);
  await expectNoAxeViolations(page, "one cycle");

  await page.reload();
  await expect(page.locator(".ws-list h3")).toHaveText(["Thu, Nov 12, 2026", "Tue, Oct 20, 2026"]);
  const saved = (await stored(page)).records.find((r) => r.id !== "older");
  expect(saved).toMatchObject({
    kind: "cycle",
    day: "2026-11-12",
    worth: long,
    standards: "No typos, ever",
    costs: "",
  });
});

test("the drawing fits a 375-pixel phone screen with words large enough to read", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await seed(page, [work]);
  await page.getByRole("button", { name: "Open the cycle from Mon, Nov 2, 2026" }).click();
  const box = (await drawing(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  const fontPx = await drawing(page)
    .locator("text")
    .first()
    .evaluate((el) => el.getBoundingClientRect().height);
  expect(fontPx).toBeGreaterThanOrEqual(12);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page, "phone");
});

test("an empty cycle is explained next to the fields, and nothing is saved", async ({ page }) => {
  await page.goto(PAGE);
  await page.getByRole("button", { name: "Draw a new cycle" }).click();
  await page.getByRole("button", { name: "Save and draw my cycle" }).click();
  const worth = page.getByLabel("1. What my sense of worth rests on");
  await expect(worth).toBeFocused();
  await expect(worth).toHaveAttribute("aria-invalid", "true");
  await expect(worth).toHaveAccessibleDescription(/Write a little in at least one part/);
  await expect(status(page)).toHaveText(
    "Nothing is saved yet: one thing needs a small change. The message is next to it.",
  );
  expect((await stored(page)).records).toEqual([]);
});

test("editing keeps the cycle, and leaving with unsaved words asks first", async ({ page }) => {
  await seed(page, [work]);
  await page.getByRole("button", { name: "Open the cycle from Mon, Nov 2, 2026" }).click();
  await page.getByRole("button", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { name: "Edit this cycle" })).toBeFocused();
  const costs = page.getByLabel("6. What it costs me");
  await expect(costs).toHaveValue("No sleep, no time for friends");
  await costs.fill("No sleep");
  await page.getByRole("button", { name: "Cancel" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Leave without saving?");
  await page.keyboard.press("Escape");
  await expect(costs).toHaveValue("No sleep");

  await page.getByRole("button", { name: "Save and draw my cycle" }).click();
  await expect(status(page)).toHaveText("Saved your changes.");
  await expect(drawing(page)).toContainText("No sleep");
  const [record] = (await stored(page)).records;
  expect(record).toMatchObject({ id: "work", costs: "No sleep", worth: "Being the best at work" });
  expect(record!.updatedAt).not.toBe(record!.createdAt);
});

test("deleting a cycle asks first, and Undo brings it back", async ({ page }) => {
  await seed(page, [work, older]);
  await page.getByRole("button", { name: "Open the cycle from Mon, Nov 2, 2026" }).click();
  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("The cycle from Mon, Nov 2, 2026");
  await dialog.getByRole("button", { name: "Keep it" }).click();
  expect((await stored(page)).records).toHaveLength(2);

  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.locator(".ws-undo")).toContainText("Deleted the cycle from Mon, Nov 2, 2026.");
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await expect(cards(page)).toHaveCount(1);
  expect((await stored(page)).records.find((r) => r.id === "work")).toMatchObject({
    deleted: true,
  });

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(
    page.getByRole("heading", { name: "Your cycle from Mon, Nov 2, 2026" }),
  ).toBeFocused();
  expect((await stored(page)).records.find((r) => r.id === "work")).toMatchObject({
    worth: "Being the best at work",
  });
});

test("a long list opens with the newest 50 cycles and shows older ones on request", async ({
  page,
}) => {
  const many = Array.from({ length: 55 }, (_, i) => {
    const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
    return cycle(`c${i}`, day, { worth: `Cycle ${i + 1}` });
  });
  await seed(page, many);
  await expect(page.locator(".cyc-count")).toHaveText("55 cycles in all.");
  await expect(cards(page)).toHaveCount(50);
  await expect(cards(page).first()).toContainText("Cycle 55");
  await page.getByRole("button", { name: "Show 5 older cycles" }).click();
  await expect(cards(page)).toHaveCount(55);
  await expect(cards(page).last()).toContainText("Cycle 1");
});

test.describe("printing", () => {
  test("a saved cycle prints its drawing on one page, without buttons or navigation", async ({
    page,
  }) => {
    await seed(page, [work]);
    await page.getByRole("button", { name: "Open the cycle from Mon, Nov 2, 2026" }).click();
    await page.getByRole("button", { name: "Print this cycle" }).click();
    await expect(page.locator("body")).toHaveAttribute("data-printed", "1");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Edit" })).toBeHidden();
    const paper = page.locator("svg.cycle-svg.print-only");
    await expect(paper).toBeVisible();
    await expect(drawing(page)).toBeHidden();
    await expect(paper).toContainText("Every report must be perfect");
    // 22 cm at 96 pixels an inch: the drawing fits on one page.
    const box = (await paper.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual((22 / 2.54) * 96 + 1);
  });

  test("the blank copy has the empty cycle and what to write in each box, without JavaScript", async ({
    page,
  }) => {
    await page.goto(PAGE);
    await page.getByRole("link", { name: "Print a blank copy" }).click();
    await expect(page).toHaveURL(BLANK);
    const sheet = page.locator(".blank-page");
    await expect(
      sheet.getByRole("heading", { name: "What keeps it going: my cycle" }),
    ).toBeVisible();
    const svg = sheet.locator("svg");
    await expect(svg.locator("rect")).toHaveCount(6);
    await expect(svg.locator("text")).toHaveText([
      "My worth rests on",
      "My standards",
      "Checking and avoiding",
      "If I meet it",
      "If I miss it",
      "What it costs me",
    ]);
    await expect(sheet.locator(".blank-prompts li")).toHaveCount(6);
    expect(await page.locator("script[src], astro-island").count()).toBe(0);
    await expectNoAxeViolations(page, "blank");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    const box = (await svg.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual((20 / 2.54) * 96 + 1);
  });
});

/** A fresh browser profile: the client's own device. */
async function clientPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test("homework: the therapist's parts and note become a new cycle for today, added once", async ({
  page,
  browser,
}) => {
  await page.goto("/for-therapists/");
  await page.getByRole("radio", { name: "What keeps it going: my cycle" }).check();
  const fields = page.getByRole("group", { name: "3. Start your client's cycle (optional)" });
  await expect(fields).toBeVisible();
  await page.getByLabel("Your name, as your client knows you").fill("Dr. Rivera");
  await page.getByLabel(/^A note/).fill("Fill in the rest before Tuesday.");
  await fields.getByLabel("The standards").fill("  Never hand in anything less than perfect.  ");
  await fields.getByLabel("What it costs").fill("Late nights");
  await expectNoAxeViolations(page, "builder");
  await page.getByRole("button", { name: "Make the link" }).click();
  const link = await page.getByLabel("Link to send").inputValue();
  expect(link).toMatch(/\/worksheets\/my-cycle\/#hw=/);

  const client = await clientPage(browser);
  await seed(client, [older]);
  await client.goto(link);
  await expect(client).toHaveURL(HOMEWORK);
  const banner = client.getByRole("region", { name: "Homework", exact: true });
  await expect(banner).toContainText("This link says it comes from Dr. Rivera");
  await expect(banner).toContainText("Never hand in anything less than perfect.");
  await expectNoAxeViolations(client, "homework offer");
  await banner.getByRole("button", { name: "Add to my worksheet" }).click();
  await expect(banner).toContainText("Added to your worksheet");

  const records = (await stored(client)).records;
  expect(records).toHaveLength(2);
  expect(records[1]).toMatchObject({
    day: await localToday(client),
    standards: "Never hand in anything less than perfect.",
    costs: "Late nights",
    worth: "",
    note: "From Dr. Rivera: Fill in the rest before Tuesday.",
    homeworkId: expect.any(String),
  });

  await client.goto(PAGE);
  const card = cards(client).filter({ hasText: "Never hand in" });
  await expect(card).toContainText("Homework from your therapist, ready for you to fill in");
  await card.getByRole("button", { name: /^Fill in this cycle/ }).click();
  await expect(client.getByRole("heading", { name: "Edit this cycle" })).toBeFocused();
  await expect(client.getByText("From Dr. Rivera: Fill in the rest before Tuesday.")).toBeVisible();
  await expect(client.getByLabel("2. The standards I hold myself to")).toHaveValue(
    "Never hand in anything less than perfect.",
  );
  await client.getByLabel("1. What my sense of worth rests on").fill("Doing well at work");
  await client.getByRole("button", { name: "Save and draw my cycle" }).click();
  await expect(drawing(client)).toContainText("Doing well at work");

  // The same link again adds nothing.
  await client.goto(link);
  await expect(client.getByRole("region", { name: "Homework", exact: true })).toContainText(
    "You added this homework before",
  );
  expect((await stored(client)).records).toHaveLength(2);
});

test("my data counts the cycles, and the session summary offers each one with its parts", async ({
  page,
}) => {
  await seed(page, [work]);
  await page.goto("/my-data/");
  await expect(page.getByRole("row", { name: /My cycle/ })).toContainText("1 cycle");
  await page.goto("/my-data/summary/?worksheet=my-cycle");
  await page.getByRole("checkbox", { name: /Cycle: Being the best at work/ }).check();
  const preview = page.getByRole("region", { name: "Your summary" });
  await expect(preview).toContainText("The standards I hold myself to");
  await expect(preview).toContainText("Every report must be perfect");
  await expect(preview).toContainText("No sleep, no time for friends");
});
