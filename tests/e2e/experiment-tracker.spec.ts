import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { seedWorksheet, readStored } from "./support/seed";

const PAGE = "/worksheets/experiment-tracker/";
const INSIGHTS = "/worksheets/experiment-tracker/insights/";
const KEY = "goodenough:experiment-tracker";
const t = (day: number) => `2026-11-${String(day).padStart(2, "0")}T10:00:00.000Z`;

/** An experiment in its stored shape. */
const exp = (id: string, day: number, fields: Record<string, unknown>) => ({
  id,
  kind: "experiment",
  createdAt: t(day),
  updatedAt: t(day),
  belief: "If I send this after one read, my boss will think I'm careless.",
  ...fields,
});

const seed = (page: Page, records: Record<string, unknown>[]) =>
  seedWorksheet(page, PAGE, KEY, records);

const stored = (page: Page) => readStored(page, KEY);

// Several tests run axe in two themes, which is slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

const status = (page: Page) => page.locator(".ws-message");
const summary = (page: Page) => page.locator(".exp-summary");

test.beforeEach(async ({ page }) => {
  // Printing opens a dialog; count the calls instead.
  await page.addInitScript(() => {
    window.print = () => {
      document.body.dataset.printed = String(Number(document.body.dataset.printed ?? 0) + 1);
    };
  });
});

/** Follows the worksheet's own tab to the insights page. */
async function openInsights(page: Page) {
  await page
    .getByRole("navigation", { name: "Experiment tracker" })
    .getByRole("link", { name: "What your experiments show" })
    .click();
  await expect(page).toHaveURL(INSIGHTS);
}

test("the empty list invites a first experiment and passes axe", async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByRole("heading", { name: "Your experiments", exact: true })).toBeVisible();
  await expect(page.getByText("No experiments yet.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the insights page, empty, says what will show there and passes axe", async ({ page }) => {
  await page.goto(INSIGHTS);
  await expect(
    page.getByRole("heading", { name: "What your experiments show", level: 2 }),
  ).toBeVisible();
  await expect(summary(page)).toHaveText(
    "When you finish an experiment and re-rate your belief, your progress will show here.",
  );
  await expect(page.getByRole("figure")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the two pages link to each other as tabs, each marking itself as current", async ({
  page,
}) => {
  await page.goto(PAGE);
  const tabs = page.getByRole("navigation", { name: "Experiment tracker" });
  await expect(tabs.getByRole("link", { name: "Your experiments", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await openInsights(page);
  await expect(tabs.getByRole("link", { name: "What your experiments show" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(
    tabs.getByRole("link", { name: "Your experiments", exact: true }),
  ).not.toHaveAttribute("aria-current");
  await tabs.getByRole("link", { name: "Your experiments", exact: true }).click();
  await expect(page).toHaveURL(PAGE);
  await expect(page.getByRole("heading", { name: "Your experiments", exact: true })).toBeVisible();
});

test("create from a template, fill in the before part, reload, and fill in the after part; the chart and summary update", async ({
  page,
}) => {
  await page.goto(PAGE);
  await page.getByRole("button", { name: "Start from a template" }).click();
  await expect(page.getByRole("heading", { name: "Start from a template" })).toBeFocused();
  await expect(page.getByRole("button", { name: /^Use this/ })).toHaveCount(12);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Use this: Send an email after one read" }).click();

  // The template fills in the belief, the experiment and the rituals to drop.
  await expect(page.getByRole("heading", { name: "Plan an experiment" })).toBeFocused();
  await expect(page.getByLabel("The belief or rule I'm testing")).toHaveValue(
    "If I send an email without rereading it several times, people will think I'm careless.",
  );
  await expect(page.getByLabel("What I will do")).toHaveValue(
    "Write the email, read it through once, and send it.",
  );
  await expect(page.getByLabel("Ritual or safety behavior 1")).toHaveValue(
    "Rereading it more than once",
  );
  await expect(page.getByLabel(/^Ritual or safety behavior/)).toHaveCount(4);
  // "After" waits until the person has tried it.
  await expect(page.getByLabel("What actually happened")).toHaveCount(0);

  await page.getByLabel("How strongly I believe it, 0–100%").fill("80");
  await page.getByLabel("How sure I am of this prediction, 0–100%").fill("70");
  await page.getByLabel("Discomfort I expect, 0–100").fill("60");
  await page.getByLabel("Planned date").fill("2020-01-15");
  await page.getByLabel("Where").fill("At my desk");
  await page.getByRole("button", { name: "Save", exact: true }).click();

  await expect(status(page)).toContainText("Saved your plan");
  const heading = page.getByRole("heading", {
    name: "Write the email, read it through once, and send it.",
  });
  await expect(heading).toBeFocused();
  // The planned day has passed, so it is ready for the second part.
  await expect(page.locator(".ws-list li")).toContainText("Ready to record what happened");
  await expect(page.locator(".ws-list li")).toContainText("80%");

  await page.reload();
  await page.getByRole("button", { name: /^Record what happened/ }).click();
  await expect(page.getByRole("heading", { name: "After the experiment" })).toBeFocused();
  await expect(page.getByLabel("How strongly I believe it, 0–100%")).toHaveValue("80");
  await expect(page.getByLabel("Where")).toHaveValue("At my desk");

  await page
    .getByLabel("What actually happened")
    .fill("My boss replied with a thumbs-up. Nobody mentioned the typo.");
  await page.getByLabel("Discomfort at its peak, 0–100").fill("70");
  await page.getByLabel("Discomfort afterwards, 0–100").fill("20");
  await page.getByRole("radio", { name: "No" }).check();
  await page.getByLabel("What I learned").fill("One read is usually enough.");
  await page.getByLabel("How strongly I believe the original belief now, 0–100%").fill("35");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save", exact: true }).click();

  await expect(page.locator(".ws-list li")).toContainText("Done");
  await expect(page.locator(".ws-list li")).toContainText("80% before, 35% after");

  await openInsights(page);
  await expect(summary(page)).toHaveText(
    "In 1 experiment, your belief rating dropped by 45 points; your prediction did not come true.",
  );
  const row = page.getByRole("row", { name: /^1\. Write the email/ });
  await expect(row.getByRole("cell")).toHaveText(["80%", "35%"]);
  await expect(
    page.getByRole("img", { name: /Belief before and after each experiment/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  const [saved] = (await stored(page)).records;
  expect(saved).toMatchObject({
    templateId: "email-one-read",
    status: "done",
    beliefBefore: 80,
    beliefAfter: 35,
    predictionConfidence: 70,
    expectedDiscomfort: 60,
    peakDiscomfort: 70,
    afterDiscomfort: 20,
    predictionCameTrue: "no",
    plannedDate: "2020-01-15",
  });
});

test("“Plan a next experiment” pre-fills from the last one in one click, and the summary counts both", async ({
  page,
}) => {
  await seed(page, [
    exp("first", 2, {
      status: "done",
      experiment: "Send the report after one read.",
      alternative: "Most people skim emails and don't mind a typo.",
      beliefBefore: 80,
      beliefAfter: 35,
      alternativeBefore: 20,
      alternativeAfter: 60,
      predictionCameTrue: "no",
      ritualsToDrop: ["Rereading it more than once", "Asking someone to check it"],
    }),
  ]);
  await page.getByRole("button", { name: /^Plan a next experiment/ }).click();

  await expect(page.getByRole("heading", { name: "Plan an experiment" })).toBeFocused();
  await expect(page.getByText("Your belief and latest ratings are carried over")).toBeVisible();
  await expect(page.getByLabel("The belief or rule I'm testing")).toHaveValue(
    "If I send this after one read, my boss will think I'm careless.",
  );
  await expect(page.getByLabel("How strongly I believe it, 0–100%")).toHaveValue("35");
  await expect(page.getByLabel("How strongly I believe the other view, 0–100%")).toHaveValue("60");
  await expect(page.getByLabel("Ritual or safety behavior 2")).toHaveValue(
    "Asking someone to check it",
  );
  await expect(page.getByLabel("What I will do")).toHaveValue("");

  await page.getByLabel("What I will do").fill("Send a message to the whole team after one read.");
  await page.getByRole("button", { name: "I've already done it: add what happened" }).click();
  await expect(page.getByRole("heading", { name: "After the experiment" })).toBeFocused();
  await page.getByRole("radio", { name: "Partly" }).check();
  await page.getByLabel("How strongly I believe the original belief now, 0–100%").fill("20");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status(page)).toContainText("Saved.");

  // (80 − 35 + 35 − 20) ÷ 2 = 30
  await openInsights(page);
  await expect(summary(page)).toContainText(
    "Across 2 experiments, your belief ratings dropped by 30 points on average; 1 of 2 predictions did not come true.",
  );
  await expect(summary(page)).toContainText("useful information, not a failure");
  await expect(page.getByRole("row", { name: /^2\. Send a message/ }).getByRole("cell")).toHaveText(
    ["35%", "20%"],
  );
  const next = (await stored(page)).records.find((r) => r.id !== "first");
  expect(next).toMatchObject({ previousId: "first", beliefBefore: 35, alternativeBefore: 60 });
});

test("the insights count experiments with both belief ratings, and say how many are left out", async ({
  page,
}) => {
  await seed(page, [
    exp("a", 1, {
      status: "done",
      experiment: "Leave the dishes overnight.",
      beliefBefore: 70,
      beliefAfter: 40,
      predictionCameTrue: "no",
    }),
    exp("b", 2, { status: "done", experiment: "Wear something unplanned.", beliefBefore: 60 }),
    exp("c", 3, { experiment: "Say “I don't know” once.", beliefBefore: 90 }),
  ]);
  await page.goto(INSIGHTS);
  await expect(summary(page)).toHaveText(
    "In 1 experiment, your belief rating dropped by 30 points; your prediction did not come true.",
  );
  await expect(page.getByText("1 finished experiment isn't counted here")).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(2);
  await expect(
    page.getByRole("row", { name: /^1\. Leave the dishes/ }).getByRole("cell"),
  ).toHaveText(["70%", "40%"]);
  await expectNoAxeViolations(page);
});

test("an out-of-range rating is explained next to the field, and nothing is saved", async ({
  page,
}) => {
  await page.goto(PAGE);
  await page.getByRole("button", { name: "Start blank" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const belief = page.getByLabel("The belief or rule I'm testing");
  await expect(belief).toBeFocused();
  await expect(belief).toHaveAccessibleDescription(/It is the only part you need to fill in/);

  await belief.fill("If I make a mistake, everyone will notice.");
  const rating = page.getByLabel("How strongly I believe it, 0–100%");
  await rating.fill("150");
  await rating.blur();
  await expect(rating).toHaveAttribute("aria-invalid", "true");
  await expect(rating).toHaveAccessibleDescription(/Use a whole number from 0 to 100/);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(rating).toBeFocused();
  await expect(status(page)).toContainText("Nothing is saved yet");
  await expectNoAxeViolations(page);
  expect((await stored(page)).records).toEqual([]);

  await rating.fill("95");
  await expect(rating).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Use a whole number from 0 to 100")).toHaveCount(0);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status(page)).toContainText("Saved your plan");
  expect((await stored(page)).records).toMatchObject([{ beliefBefore: 95 }]);
});

test("a long answer shows a counter near the limit and is never cut", async ({ page }) => {
  await page.goto(PAGE);
  await page.getByRole("button", { name: "Start blank" }).click();
  const belief = page.getByLabel("The belief or rule I'm testing");
  await belief.fill("a".repeat(1700));
  await expect(page.getByText("characters left")).toHaveCount(0);
  await belief.fill("a".repeat(1900));
  await expect(page.getByText("100 characters left")).toBeVisible();
  await belief.fill("a".repeat(2010));
  await expect(page.getByText("10 characters over the limit")).toBeVisible();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(belief).toHaveAccessibleDescription(/Limit reached: this is 10 characters over/);
  await expect(belief).toHaveValue("a".repeat(2010));
  expect((await stored(page)).records).toEqual([]);
});

test("the list filters by planned and done, sorts by date, and flags experiments ready to record", async ({
  page,
}) => {
  await seed(page, [
    exp("a", 1, { experiment: "Leave the dishes overnight.", plannedDate: "2020-03-01" }),
    exp("b", 2, { experiment: "Say “I don't know” once.", plannedDate: "2099-01-01" }),
    exp("c", 3, {
      experiment: "Wear something unplanned.",
      plannedDate: "2021-05-05",
      status: "done",
      beliefBefore: 70,
      beliefAfter: 40,
    }),
  ]);
  const titles = page.locator(".ws-list h3");
  await expect(titles).toHaveText([
    "Say “I don't know” once.",
    "Wear something unplanned.",
    "Leave the dishes overnight.",
  ]);
  await expect(page.locator(".ws-list li").nth(2)).toContainText("Ready to record what happened");
  await expect(page.locator(".ws-list li").nth(0)).toContainText("Planned for");

  await page.getByLabel("Sort by date").selectOption("oldest");
  await expect(titles).toHaveText([
    "Leave the dishes overnight.",
    "Wear something unplanned.",
    "Say “I don't know” once.",
  ]);
  await page.getByRole("radio", { name: "Planned (2)" }).check();
  await expect(titles).toHaveText(["Leave the dishes overnight.", "Say “I don't know” once."]);
  await page.getByRole("radio", { name: "Done (1)" }).check();
  await expect(titles).toHaveText(["Wear something unplanned."]);
});

test("editing keeps the record, and an answer cleared in the form is removed", async ({ page }) => {
  await seed(page, [exp("a", 1, { experiment: "Leave the dishes overnight.", where: "Home" })]);
  await page.getByRole("button", { name: "Open: Leave the dishes overnight." }).click();
  await expect(page.getByRole("heading", { name: "Leave the dishes overnight." })).toBeFocused();
  await page.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Where").fill("");
  await page.getByLabel("What I will do").fill("Leave two plates in the sink overnight.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(
    page.getByRole("heading", { name: "Leave two plates in the sink overnight." }),
  ).toBeFocused();
  const [record] = (await stored(page)).records;
  expect(record).toMatchObject({ id: "a", experiment: "Leave two plates in the sink overnight." });
  expect(record).not.toHaveProperty("where");
});

test("leaving the form with unsaved changes asks first", async ({ page }) => {
  await page.goto(PAGE);
  await page.getByRole("button", { name: "Start blank" }).click();
  await page.getByLabel("The belief or rule I'm testing").fill("I must always be on time.");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Leave without saving?");
  await page.getByRole("button", { name: "Keep editing" }).click();
  await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expect(page.getByLabel("The belief or rule I'm testing")).toHaveValue(
    "I must always be on time.",
  );
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Leave without saving" }).click();
  await expect(page.getByRole("heading", { name: "Your experiments", exact: true })).toBeFocused();
});

test("deleting an experiment asks first, and “Keep it” changes nothing", async ({ page }) => {
  await seed(page, [
    exp("a", 1, { experiment: "Leave the dishes overnight." }),
    exp("b", 2, { experiment: "Wear something unplanned." }),
  ]);
  await page.getByRole("button", { name: "Open: Leave the dishes overnight." }).click();
  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Leave the dishes overnight.");
  await expect(dialog.getByRole("button", { name: "Yes, delete it" })).toBeFocused();
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await expect(page.getByRole("button", { name: "Delete" })).toBeFocused();
  expect((await stored(page)).records).toHaveLength(2);

  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.locator(".ws-undo")).toContainText(/^Deleted the experiment “/);
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await expect(page.locator(".ws-list h3")).toHaveText(["Wear something unplanned."]);
  const records = (await stored(page)).records;
  expect(records.find((r) => r.id === "a")).toMatchObject({ deleted: true });
});

test("print preview shows the one chosen record, without navigation", async ({ page }) => {
  await seed(page, [
    exp("a", 1, {
      experiment: "Leave the dishes overnight.",
      beliefBefore: 75,
      beliefAfter: 30,
      outcome: "I slept fine.",
    }),
    exp("b", 2, { experiment: "Wear something unplanned." }),
  ]);
  await page.getByRole("button", { name: "Open: Leave the dishes overnight." }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Print this record" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "1");
  await expect(page.locator("html")).toHaveAttribute("data-print", "record");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Leave the dishes overnight." })).toBeVisible();
  await expect(page.getByText("I slept fine.")).toBeVisible();
  await expect(page.getByText("75%")).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit" })).toBeHidden();
  await expect(page.locator(".print-blank")).toBeHidden();

  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  await expect(page.locator("html")).not.toHaveAttribute("data-print", /./);
});

test("a blank copy prints on its own, and stays hidden on screen", async ({ page }) => {
  await page.goto(PAGE);
  const blank = page.getByRole("heading", { name: "Behavioral experiment record" });
  await expect(blank).toBeHidden();
  await page.getByRole("button", { name: "Print a blank copy" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-print", "blank");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(blank).toBeVisible();
  await expect(page.locator(".print-blank")).toContainText("Did the prediction come true?");
  await expect(page.locator(".print-blank")).toContainText(
    "How strongly I believe the original belief now, 0–100%",
  );
  await expect(page.getByRole("heading", { name: "Your experiments", exact: true })).toBeHidden();
});

test("unreadable saved data is set aside with a kind notice, and the worksheet starts fresh", async ({
  page,
}) => {
  await page.goto(PAGE);
  await page.evaluate((key) => localStorage.setItem(key, "{not json"), KEY);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "could not be read" })).toBeVisible();
  await expect(page.getByText("No experiments yet.")).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith("goodenough:quarantine:experiment-tracker:"))).toBe(true);
});

test("an experiment saved in one tab appears in another", async ({ page, context }) => {
  await page.goto(PAGE);
  const other = await context.newPage();
  await other.goto(PAGE);
  await page.getByRole("button", { name: "Start blank" }).click();
  await page
    .getByLabel("The belief or rule I'm testing")
    .fill("I must reply to every message at once.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(other.locator(".ws-list h3")).toHaveText(["I must reply to every message at once."]);
});

test("rituals to drop can be added and removed from the keyboard, and focus follows", async ({
  page,
}) => {
  await page.goto(PAGE);
  await page.getByRole("button", { name: "Start blank" }).click();
  await page.getByRole("button", { name: "Add one ritual or safety behavior" }).press("Enter");
  const first = page.getByLabel("Ritual or safety behavior 1");
  await expect(first).toBeFocused();
  await page.keyboard.type("Re-checking");
  await page.getByRole("button", { name: "Add another ritual or safety behavior" }).press("Enter");
  await expect(page.getByLabel("Ritual or safety behavior 2")).toBeFocused();
  await page.keyboard.type("Apologizing first");
  await page.getByRole("button", { name: "Remove ritual 1" }).press("Enter");
  await expect(page.getByLabel("Ritual or safety behavior 1")).toBeFocused();
  await expect(page.getByLabel("Ritual or safety behavior 1")).toHaveValue("Apologizing first");
  await page.getByLabel("The belief or rule I'm testing").fill("I must never let anyone down.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  expect((await stored(page)).records).toMatchObject([{ ritualsToDrop: ["Apologizing first"] }]);
});
