import { readFileSync } from "node:fs";
import { readStored } from "./support/seed";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test, type Browser, type Page } from "@playwright/test";

const PAGE = "/worksheets/exposure-ladder/";
const PRACTICE = "/worksheets/exposure-ladder/practice/";
const KEY = "goodenough:exposure-ladder";
const t = (day: number) => `2026-11-${String(day).padStart(2, "0")}T10:00:00.000Z`;
const meta = (id: string, day = 1) => ({ id, createdAt: t(day), updatedAt: t(day) });

/** Records in their stored shape. */
const ladder = (id: string, theme: string, day = 1) => ({
  ...meta(id, day),
  kind: "ladder",
  theme,
});
const step = (
  id: string,
  ladderId: string,
  description: string,
  expectedSuds: number,
  more = {},
) => ({
  ...meta(id),
  kind: "step",
  ladderId,
  description,
  expectedSuds,
  mastered: false,
  ...more,
});
const practice = (id: string, stepId: string, day: string, more = {}) => ({
  ...meta(id),
  kind: "practice",
  stepId,
  day,
  ...more,
});

/** One ladder with three steps; the lowest has two practices. */
const WORK = [
  ladder("work", "Being seen to make a mistake"),
  step("s-report", "work", "Hand in a report after one read", 70, {
    ritualsToDrop: ["Rereading it", "Asking a colleague to check"],
  }),
  step("s-text", "work", "Send a text with a typo", 30),
  step("s-email", "work", "Leave a typo in an email to a friend", 40),
  practice("p1", "s-text", "2026-11-02", { before: 40, peak: 70, after: 20, notes: "It faded." }),
  practice("p2", "s-text", "2026-11-05", { before: 30, peak: 50, after: 10 }),
];

async function seed(page: Page, records: Record<string, unknown>[], path = PAGE) {
  await page.goto(PAGE);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    KEY,
    JSON.stringify({ version: 2, records }),
  ] as const);
  await page.goto(path);
}

const stored = async (page: Page) => (await readStored(page, KEY)).records;

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

/** The page's status line (a form keeps its own, inside the form). */
const message = (page: Page) => page.locator(":not(form) > .ws-message");
const stepTitles = (page: Page) => page.locator(".el-steps h4");
const field = {
  theme: (p: Page) => p.getByLabel("The fear this ladder works on"),
  step: (p: Page) => p.getByLabel("The step: what you will do"),
  suds: (p: Page) => p.getByLabel("Distress you expect, 0–100"),
  rituals: (p: Page) => p.getByLabel("Rituals or safety behaviors to drop (optional)"),
  day: (p: Page) => p.getByLabel("Day you practiced"),
  before: (p: Page) => p.getByLabel("Distress just before you started, 0–100"),
  peak: (p: Page) => p.getByLabel("Distress at its highest, 0–100"),
  after: (p: Page) => p.getByLabel("Distress when it was over, 0–100"),
  notes: (p: Page) => p.getByLabel("What you noticed (optional)"),
};

async function addStep(page: Page, description: string, suds: string, rituals = "") {
  await field.step(page).fill(description);
  await field.suds(page).fill(suds);
  await field.rituals(page).fill(rituals);
  await page.getByRole("button", { name: "Add this step" }).click();
}

test("the empty worksheet explains working with a therapist and the distress scale, and passes axe", async ({
  page,
}) => {
  await page.goto(PAGE);
  await expect(page.getByRole("heading", { name: "Best done with a therapist" })).toBeVisible();
  await expect(page.getByText(/best planned and done with a therapist/)).toHaveCount(1);
  await expect(page.getByText("100: the most distress you can imagine.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your ladders" })).toBeVisible();
  await expect(page.getByText("You have no ladders yet.")).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Print a blank ladder to fill in by hand" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test("build a ladder: it sorts itself from low to high, flags a big jump, suggests more steps, and survives a reload", async ({
  page,
}) => {
  await page.goto(PAGE);
  await field.theme(page).fill("Being seen to make a mistake");
  await page.getByRole("button", { name: "Start this ladder" }).click();
  await expect(
    page.getByRole("heading", { name: "Being seen to make a mistake", level: 2 }),
  ).toBeFocused();
  await expect(page).toHaveURL(/\?ladder=/);
  await expect(message(page)).toContainText("Your ladder is ready");
  await expect(
    page.getByText("Start with one step that feels only a little uncomfortable"),
  ).toBeVisible();

  await addStep(
    page,
    "Hand in a report after one read",
    "70",
    "Rereading it\nAsking a colleague to check",
  );
  await expect(
    page.getByText("Added “Hand in a report after one read”. It is step 1 of 1."),
  ).toBeVisible();
  // Ready for the next step straight away.
  await expect(field.step(page)).toBeFocused();
  await expect(field.step(page)).toHaveValue("");
  await addStep(page, "Send a text with a typo", "30");
  await addStep(page, "Leave a typo in an email to a friend", "40");
  await expect(page.getByText("It is step 2 of 3.")).toBeVisible();

  await expect(stepTitles(page)).toHaveText([
    "1. Send a text with a typo",
    "2. Leave a typo in an email to a friend",
    "3. Hand in a report after one read",
  ]);
  const report = page.locator(".el-steps > li").nth(2);
  await expect(report).toContainText(
    "There is a jump of 30 points between “Leave a typo in an email to a friend” (40) and “Hand in a report after one read” (70).",
  );
  await expect(report).toContainText("Expected distress: 70 out of 100");
  await expect(report.getByRole("listitem")).toHaveText([
    "Rereading it",
    "Asking a colleague to check",
  ]);
  await expect(
    page.getByText("You have 3 steps so far. Ladders often work well with 8 to 15"),
  ).toBeVisible();
  await expect(page.locator(".el-next")).toContainText("Send a text with a typo");
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(stepTitles(page)).toHaveCount(3);
  await expect(stepTitles(page).first()).toHaveText("1. Send a text with a typo");
  const records = await stored(page);
  expect(records.filter((r) => r.kind === "step")).toHaveLength(3);
  expect(records.find((r) => r.description === "Hand in a report after one read")).toMatchObject({
    expectedSuds: 70,
    ritualsToDrop: ["Rereading it", "Asking a colleague to check"],
    mastered: false,
  });

  // Back to the list, which now shows the ladder.
  await page.getByRole("link", { name: "All your ladders" }).click();
  await expect(page.getByRole("heading", { name: "Your ladders" })).toBeFocused();
  await expect(page.locator(".el-cards li")).toContainText("3 steps, 0 mastered, 0 practices.");
  await page.goBack();
  await expect(
    page.getByRole("heading", { name: "Being seen to make a mistake", level: 2 }),
  ).toBeVisible();
});

test("a step with bad input gets a clear message next to each field, and nothing typed is lost", async ({
  page,
}) => {
  await seed(page, [ladder("work", "Being seen to make a mistake")], `${PAGE}?ladder=work`);
  await field.rituals(page).fill("Rereading it");
  await field.suds(page).fill("150");
  await page.getByRole("button", { name: "Add this step" }).click();

  await expect(field.step(page)).toBeFocused();
  await expect(field.step(page)).toHaveAttribute("aria-invalid", "true");
  await expect(field.step(page)).toHaveAccessibleDescription(/Describe the step in a few words/);
  await expect(field.suds(page)).toHaveAttribute("aria-invalid", "true");
  await expect(field.suds(page)).toHaveAccessibleDescription(/whole number from 0 to 100/);
  await expect(
    page.getByText("Nothing is saved yet: 2 answers need a small change."),
  ).toBeVisible();
  await expect(field.suds(page)).toHaveValue("150");
  await expect(field.rituals(page)).toHaveValue("Rereading it");
  expect((await stored(page)).filter((r) => r.kind === "step")).toEqual([]);
  await expectNoAxeViolations(page);

  // A message goes away as its field is fixed.
  await field.step(page).fill("Send a text with a typo");
  await expect(page.getByText("Describe the step in a few words")).toHaveCount(0);
  await field.suds(page).fill("25");
  await page.getByRole("button", { name: "Add this step" }).click();
  await expect(stepTitles(page)).toHaveText(["1. Send a text with a typo"]);
  expect((await stored(page)).find((r) => r.kind === "step")).toMatchObject({
    expectedSuds: 25,
    ritualsToDrop: ["Rereading it"],
  });
});

test("a ladder needs a fear theme, and says so without losing the notes", async ({ page }) => {
  await page.goto(PAGE);
  await page.getByLabel("Notes (optional)").fill("Mostly at work");
  await page.getByRole("button", { name: "Start this ladder" }).click();
  await expect(field.theme(page)).toBeFocused();
  await expect(field.theme(page)).toHaveAccessibleDescription(/Name the fear this ladder works on/);
  await expect(page.getByLabel("Notes (optional)")).toHaveValue("Mostly at work");
  expect(await stored(page)).toEqual([]);
});

test("editing a step moves it to its new place, and unsaved changes ask before leaving", async ({
  page,
}) => {
  await seed(page, WORK, `${PAGE}?ladder=work`);
  await page.getByRole("button", { name: "Edit “Send a text with a typo”" }).click();
  await expect(page.getByRole("heading", { name: "Edit this step" })).toBeFocused();
  const form = page.getByRole("form", { name: "Edit this step" });
  await expect(form.getByLabel("The step: what you will do")).toHaveValue(
    "Send a text with a typo",
  );
  await form.getByLabel("Distress you expect, 0–100").fill("90");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Leave without saving?");
  await page.getByRole("button", { name: "Keep editing" }).click();
  await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expect(form.getByLabel("Distress you expect, 0–100")).toHaveValue("90");

  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(message(page)).toHaveText("Saved. “Send a text with a typo” is step 3 of 3.");
  await expect(page.getByRole("heading", { name: "3. Send a text with a typo" })).toBeFocused();
  await expect(stepTitles(page)).toHaveText([
    "1. Leave a typo in an email to a friend",
    "2. Hand in a report after one read",
    "3. Send a text with a typo",
  ]);
  // Its practices stay with it.
  await expect(page.locator(".el-steps > li").nth(2)).toContainText(
    "2 practices, Nov 2, 2026 to Nov 5, 2026. Peak distress: 70, 50.",
  );
  expect((await stored(page)).find((r) => r.id === "s-text")).toMatchObject({ expectedSuds: 90 });
});

test("deleting a step asks first and says its practices go too", async ({ page }) => {
  await seed(page, WORK, `${PAGE}?ladder=work`);
  const del = page.getByRole("button", { name: "Delete “Send a text with a typo”" });
  await del.click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Delete this step?");
  await expect(dialog).toContainText(
    "“Send a text with a typo” and its 2 practices will be deleted",
  );
  await expect(dialog.getByRole("button", { name: "Yes, delete it" })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(del).toBeFocused();
  await expect(stepTitles(page)).toHaveCount(3);

  await del.click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.locator(".ws-undo")).toContainText(/^Deleted the step “/);
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await expect(stepTitles(page)).toHaveText([
    "1. Leave a typo in an email to a friend",
    "2. Hand in a report after one read",
  ]);
  const records = await stored(page);
  for (const id of ["s-text", "p1", "p2"]) {
    expect(records.find((r) => r.id === id)).toMatchObject({ deleted: true });
  }
  expect(records.find((r) => r.id === "s-email")).toMatchObject({ kind: "step" });
});

test("the practice log: log practices, see distress fall in the chart and its table, then edit and delete one", async ({
  page,
}) => {
  await seed(page, WORK.slice(0, 4), `${PAGE}?ladder=work`);
  await page
    .locator(".el-steps")
    .getByRole("link", { name: "Practice log “Send a text with a typo”" })
    .click();
  await expect(page).toHaveURL(`${PRACTICE}?step=s-text`);
  await expect(
    page.getByRole("heading", { name: "Send a text with a typo", level: 2 }),
  ).toBeVisible();
  await expect(
    page.getByText("Step 1 of 3 on this ladder. Expected distress: 30 out of 100"),
  ).toBeVisible();
  await expect(
    page.getByText("When you log a practice of this step, your progress will show here."),
  ).toBeVisible();
  await expect(page.getByRole("figure")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await field.day(page).fill("2026-11-02");
  await field.before(page).fill("40");
  await field.peak(page).fill("70");
  await field.after(page).fill("20");
  await field.notes(page).fill("My hands shook, then it faded.");
  await page.getByRole("button", { name: "Save this practice" }).click();
  await expect(page.getByText("Saved your practice from Nov 2, 2026.")).toBeVisible();
  await expect(field.day(page)).toBeFocused();
  await expect(field.peak(page)).toHaveValue("");

  await field.day(page).fill("2026-11-06");
  await field.before(page).fill("30");
  await field.peak(page).fill("45");
  await page.getByRole("button", { name: "Save this practice" }).click();

  await expect(page.locator(".el-summary")).toHaveText(
    "Across 2 practices, your peak distress went from 70 to 45. Each practice gave your mind a chance to learn something new.",
  );
  await expect(page.getByRole("img", { name: /Distress in each practice/ })).toBeVisible();
  const table = page.getByRole("region", { name: "Distress in each practice: the figures" });
  await expect(table.getByRole("row", { name: /^1 / }).getByRole("cell")).toHaveText([
    "Nov 2, 2026",
    "40",
    "70",
    "20",
  ]);
  await expect(table.getByRole("row", { name: /^2 / }).getByRole("cell")).toHaveText([
    "Nov 6, 2026",
    "30",
    "45",
    "—",
  ]);
  await expect(page.locator(".el-practices h4")).toHaveText([
    "Practice 2, Nov 6, 2026",
    "Practice 1, Nov 2, 2026",
  ]);
  await expect(page.locator(".el-practices")).toContainText("My hands shook, then it faded.");
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(table.getByRole("row")).toHaveCount(3);

  // Edit: a rating cleared in the form is removed.
  await page.getByRole("button", { name: "Edit Practice 2, Nov 6, 2026" }).click();
  await expect(page.getByRole("heading", { name: "Edit: Practice 2, Nov 6, 2026" })).toBeFocused();
  const edit = page.getByRole("form", { name: "Edit: Practice 2, Nov 6, 2026" });
  await expect(edit.getByLabel("Day you practiced")).toHaveValue("2026-11-06");
  await edit.getByLabel("Distress at its highest, 0–100").fill("35");
  await edit.getByLabel("Distress just before you started, 0–100").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(message(page)).toHaveText("Saved your changes.");
  await expect(table.getByRole("row", { name: /^2 / }).getByRole("cell")).toHaveText([
    "Nov 6, 2026",
    "—",
    "35",
    "—",
  ]);
  const edited = (await stored(page)).find((r) => r.kind === "practice" && r.day === "2026-11-06");
  expect(edited).toMatchObject({ peak: 35 });
  expect(edited).not.toHaveProperty("before");

  // Delete, after a question that names the day.
  await page.getByRole("button", { name: "Delete Practice 1, Nov 2, 2026" }).click();
  await expect(page.getByRole("alertdialog")).toContainText(
    "The practice on Nov 2, 2026 will be deleted",
  );
  await page.getByRole("button", { name: "Keep it" }).click();
  await expect(page.getByRole("button", { name: "Delete Practice 1, Nov 2, 2026" })).toBeFocused();
  await page.getByRole("button", { name: "Delete Practice 1, Nov 2, 2026" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.locator(".ws-undo")).toContainText(/^Deleted this practice: Practice /);
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(page.locator(".el-summary")).toContainText("You have logged 1 practice.");
});

test("a bad practice rating is explained next to it, and the notes are kept", async ({ page }) => {
  await seed(page, WORK.slice(0, 4), `${PRACTICE}?step=s-text`);
  await field.day(page).fill("");
  await field.peak(page).fill("seventy");
  await field.notes(page).fill("Hard, but I stayed with it.");
  await page.getByRole("button", { name: "Save this practice" }).click();
  await expect(field.day(page)).toBeFocused();
  await expect(field.day(page)).toHaveAccessibleDescription(
    "Pick the day you practiced from the calendar.",
  );
  await expect(field.peak(page)).toHaveAttribute("aria-invalid", "true");
  await expect(field.peak(page)).toHaveAccessibleDescription(
    "Use a whole number from 0 to 100, or leave it empty.",
  );
  await expect(
    page.getByText("Nothing is saved yet: 2 answers need a small change."),
  ).toBeVisible();
  await expect(field.notes(page)).toHaveValue("Hard, but I stayed with it.");
  await expectNoAxeViolations(page);
  expect((await stored(page)).filter((r) => r.kind === "practice")).toEqual([]);
});

test("marking a step mastered shows on the ladder, and the next step moves on", async ({
  page,
}) => {
  await seed(page, WORK, `${PRACTICE}?step=s-text`);
  const box = page.getByRole("checkbox", { name: "I have mastered this step" });
  await expect(box).toHaveAccessibleDescription(/Tick this when the step has become manageable/);
  await box.check();
  await expect(message(page)).toHaveText(
    "Marked “Send a text with a typo” as mastered. Well done for sticking with it.",
  );
  await page
    .getByRole("link", { name: "Back to the ladder: Being seen to make a mistake" })
    .click();
  await expect(page.locator(".el-steps > li").first()).toContainText(
    /Mastered on \w{3} \d+, \d{4}/,
  );
  await expect(page.locator(".el-next")).toContainText("Leave a typo in an email to a friend");
  await expect(
    page.getByRole("checkbox", { name: "Mastered “Send a text with a typo”" }),
  ).toBeChecked();

  await page.getByRole("checkbox", { name: "Mastered “Send a text with a typo”" }).uncheck();
  await expect(message(page)).toHaveText(
    "“Send a text with a typo” is no longer marked as mastered.",
  );
  const s = (await stored(page)).find((r) => r.id === "s-text");
  expect(s).toMatchObject({ mastered: false });
  expect(s).not.toHaveProperty("masteredAt");
});

test("more than one ladder: each keeps its own steps, and deleting one names what goes", async ({
  page,
}) => {
  await seed(page, [
    ...WORK,
    ladder("home", "A home that is not spotless", 3),
    step("s-dishes", "home", "Leave the dishes overnight", 35),
  ]);
  await expect(page.locator(".el-cards h3")).toHaveText([
    "A home that is not spotless",
    "Being seen to make a mistake",
  ]);
  await expect(page.locator(".el-cards li").nth(1)).toContainText(
    "3 steps, 0 mastered, 2 practices.",
  );
  await expect(page.locator(".el-cards li").nth(1)).toContainText(
    "Next step: Send a text with a typo",
  );
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "A home that is not spotless" }).click();
  await expect(stepTitles(page)).toHaveText(["1. Leave the dishes overnight"]);
  await page.getByRole("button", { name: "Rename or add notes" }).click();
  await field.theme(page).fill("An untidy home");
  await page.getByLabel("Notes (optional)").fill("Mostly when guests come");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "An untidy home", level: 2 })).toBeFocused();
  await expect(page.getByText("Mostly when guests come")).toBeVisible();

  await page.getByRole("link", { name: "All your ladders" }).click();
  await page.getByRole("link", { name: "Being seen to make a mistake" }).click();
  await expect(stepTitles(page)).toHaveCount(3);
  await page.getByRole("button", { name: "Delete this ladder" }).click();
  await expect(page.getByRole("alertdialog")).toContainText(
    "“Being seen to make a mistake”, its 3 steps and 2 practices will be deleted from this device.",
  );
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.locator(".ws-undo")).toContainText(
    /^Deleted the ladder “.*”, with its steps and practices\.Undo$/,
  );
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await expect(page.locator(".el-cards h3")).toHaveText(["An untidy home"]);
  const live = (await stored(page)).filter((r) => !r.deleted).map((r) => r.id);
  expect(live.sort()).toEqual(["home", "s-dishes"]);
});

test("an address for a ladder or step that is not here says so kindly", async ({ page }) => {
  await page.goto(`${PAGE}?ladder=gone`);
  await expect(page.getByText("That ladder isn't on this device.")).toBeVisible();
  await page.goto(`${PRACTICE}?step=gone`);
  await expect(page.getByText("This step isn't on this device.")).toBeVisible();
  await page.getByRole("link", { name: "Go to your ladders" }).click();
  await expect(page).toHaveURL(PAGE);
});

test("printing a ladder shows only its steps, ratings, rituals and practice summaries", async ({
  page,
}) => {
  await seed(page, [...WORK, ladder("home", "An untidy home", 3)], `${PAGE}?ladder=work`);
  await page.getByRole("button", { name: "Print this ladder" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "1");
  await expect(page.locator("html")).toHaveAttribute("data-print", "ladder");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Being seen to make a mistake" })).toBeVisible();
  await expect(page.getByText("Expected distress: 70 out of 100")).toBeVisible();
  await expect(page.getByText("Asking a colleague to check")).toBeVisible();
  await expect(
    page.getByText("2 practices, Nov 2, 2026 to Nov 5, 2026. Peak distress: 70, 50."),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Add a step" })).toBeHidden();
  await expect(page.getByRole("button", { name: /Edit/ }).first()).toBeHidden();
  await expect(page.getByRole("heading", { name: "Best done with a therapist" })).toBeHidden();
  await expect(page.getByRole("link", { name: "All your ladders" })).toBeHidden();

  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  await expect(page.locator("html")).not.toHaveAttribute("data-print", /./);
});

test("the blank copy prints cleanly with no worksheet code, only the offline worker's registration, and passes axe", async ({
  page,
}) => {
  await page.goto(PAGE);
  await page.getByRole("link", { name: "Print a blank ladder to fill in by hand" }).click();
  await expect(page).toHaveURL("/worksheets/exposure-ladder/print/");
  await expect(page.locator("astro-island")).toHaveCount(0);
  const scripts = await page.locator("script[type=module]").allTextContents();
  expect(scripts.filter((s) => !s.includes("serviceWorker"))).toEqual([]);
  await expect(page.getByRole("heading", { name: "Exposure ladder", level: 2 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Steps to fill in" }).getByRole("row")).toHaveCount(
    13,
  );
  await expect(
    page.getByRole("region", { name: "Practices to fill in" }).getByRole("row"),
  ).toHaveCount(11);
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(
    page.getByRole("heading", { name: "Exposure ladder: blank copy to print" }),
  ).toBeHidden();
  await expect(page.getByRole("heading", { name: "Exposure ladder", level: 2 })).toBeVisible();
  await expect(page.getByText("Distress, 0 to 100:")).toBeVisible();
  const colors = await page.locator(".blank-sheet").evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.color, getComputedStyle(el.closest(".blank-page")!).backgroundColor];
  });
  expect(colors).toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
});

/** A fresh browser profile: the client's own device. */
async function clientPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

test("homework: the therapist's theme and steps become a new ladder, and the client's own ladder is untouched", async ({
  page,
  browser,
}) => {
  await page.goto("/for-therapists/");
  await page.getByRole("radio", { name: "Exposure ladder" }).check();
  await page.getByLabel("Your name, as your client knows you").fill("Dr. Rivera");
  await page.getByLabel("The fear the ladder works on").fill("Sending work that isn't perfect");
  await page
    .getByLabel("Steps planned together, one per line")
    .fill("Send an email after one read, 30\nHand in a draft (60)\nAsk for feedback early");
  await expect(page.getByText("3 of 15 steps.")).toBeVisible();
  await page.getByRole("button", { name: "Make the link" }).click();
  const link = await page.getByLabel("Link to send").inputValue();
  expect(link).toMatch(/\/worksheets\/exposure-ladder\/#hw=/);

  const client = await clientPage(browser);
  await seed(client, [ladder("mine", "My own ladder"), step("s-mine", "mine", "My own step", 10)]);
  await client.goto(link);
  // The worksheet forwards the link to its homework page.
  await expect(client).toHaveURL(/\/worksheets\/exposure-ladder\/homework\/$/);
  const banner = client.getByRole("region", { name: "Homework", exact: true });
  await expect(banner).toContainText("This link says it comes from Dr. Rivera");
  await expectNoAxeViolations(client);
  await banner.getByRole("button", { name: "Add to my worksheet" }).click();
  await expect(banner).toContainText("Added to your worksheet");
  await expectNoAxeViolations(client);

  await client.getByRole("link", { name: "Open the exposure ladder" }).click();
  await expect(client.locator(".el-cards h3")).toHaveText([
    "Sending work that isn't perfect",
    "My own ladder",
  ]);
  await client.getByRole("link", { name: "Sending work that isn't perfect" }).click();
  await expect(client.locator(".el-steps h4")).toHaveText([
    "1. Send an email after one read",
    "2. Hand in a draft",
    "3. Ask for feedback early",
  ]);
  await expect(client.locator(".el-steps > li").nth(2)).toContainText(
    "Expected distress: not rated yet.",
  );
  await expectNoAxeViolations(client);

  // Rating it places it on the ladder.
  await client.getByRole("button", { name: "Edit “Ask for feedback early”" }).click();
  await client
    .getByRole("form", { name: "Edit this step" })
    .getByLabel("Distress you expect, 0–100")
    .fill("45");
  await client.getByRole("button", { name: "Save changes" }).click();
  await expect(client.locator(".el-steps h4").nth(1)).toHaveText("2. Ask for feedback early");

  const records = await stored(client);
  expect(records.find((r) => r.id === "mine")).toEqual(ladder("mine", "My own ladder"));
  expect(records.find((r) => r.id === "s-mine")).toEqual(step("s-mine", "mine", "My own step", 10));
  expect(records.find((r) => r.theme === "Sending work that isn't perfect")).toMatchObject({
    kind: "ladder",
    homeworkId: expect.any(String),
  });

  // Opening the same link again adds nothing more.
  await client.goto(link);
  await expect(banner).toContainText("You added this homework before");
  expect((await stored(client)).filter((r) => r.kind === "ladder")).toHaveLength(2);
});

// My data counts e.g. "1 exposure ladder (3 steps, 2 practices)".
const counted = (ladders: number, steps: number, practices: number) =>
  `${ladders} exposure ${ladders === 1 ? "ladder" : "ladders"} (${steps} steps, ${practices} practices)`;

test("export from My data, delete everything, then import: the ladder comes back whole", async ({
  page,
}) => {
  await seed(page, WORK, "/my-data/");
  const row = page.getByRole("row", { name: /Exposure ladder/ });
  await expect(row).toContainText(counted(1, 3, 2));
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export everything" }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported.worksheets["exposure-ladder"].records).toHaveLength(WORK.length);

  await page.getByRole("button", { name: "Delete everything" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(row).toContainText(counted(0, 0, 0));

  await page.goto("/my-data/import/");
  await page.getByLabel("Choose an exported file").setInputFiles(file);
  await expect(page.getByRole("region", { name: "Import preview" })).toContainText(
    counted(1, 3, 2),
  );
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.goto("/my-data/");
  await expect(row).toContainText(counted(1, 3, 2));

  await page.goto(`${PAGE}?ladder=work`);
  await expect(stepTitles(page)).toHaveCount(3);
  const byId = (a: { id?: unknown }, b: { id?: unknown }) =>
    String(a.id).localeCompare(String(b.id));
  expect((await stored(page)).sort(byId)).toEqual([...WORK].sort(byId));
});

test("the session summary offers a ladder with its steps and practices", async ({ page }) => {
  await seed(page, WORK, "/my-data/summary/?worksheet=exposure-ladder");
  await page
    .getByRole("checkbox", { name: /Exposure ladder: Being seen to make a mistake/ })
    .check();
  const preview = page.getByRole("region", { name: "Your summary" });
  await expect(preview).toContainText("Step 1: Send a text with a typo");
  await expect(preview).toContainText("Practices: 2, peak distress 70 → 50.");
  await expect(preview).toContainText("Dropping: Rereading it; Asking a colleague to check.");
});

test("a step practiced for years opens with its newest 50 practices, and shows older ones on request", async ({
  page,
}) => {
  // 70 practices, one a day from March 1, 2026, each with a peak rating.
  const many = Array.from({ length: 70 }, (_, i) =>
    practice(`m${i}`, "s-text", new Date(Date.UTC(2026, 2, 1 + i)).toISOString().slice(0, 10), {
      peak: 60 - (i % 30),
    }),
  );
  await seed(page, [...WORK.slice(0, 4), ...many], `${PRACTICE}?step=s-text`);
  const items = page.locator(".el-practices > li");
  await expect(items).toHaveCount(50);
  await expect(items.first()).toContainText("Practice 70,");
  // The progress line and the chart still cover every practice.
  await expect(page.locator(".el-summary")).toContainText("Across 70 practices");
  await page.getByRole("button", { name: "Show 20 older practices" }).click();
  await expect(items).toHaveCount(70);
  await expect(items.last()).toContainText("Practice 1,");
  await expect(page.getByRole("heading", { name: "Your practices" })).toBeFocused();
});

test("the practice page left open for a minute runs without an error", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.clock.install();
  await page.goto(PRACTICE);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.clock.runFor("01:00");
  expect(errors).toEqual([]);
});
