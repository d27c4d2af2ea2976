import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { blockStorage, seedWorksheet, readStored } from "./support/seed";

const PAGE = "/worksheets/thought-record/";
const WRITE = "/worksheets/thought-record/write/";
const PRINT = "/worksheets/thought-record/print/";
const KEY = "goodenough:thought-record";
const t = (day: number, hour = 10) =>
  `2026-11-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00.000Z`;

/** A saved thought record in its stored shape. */
const rec = (id: string, day: number, fields: Record<string, unknown> = {}) => ({
  id,
  kind: "record",
  createdAt: t(day),
  updatedAt: t(day),
  when: t(day, 9),
  situation: "Giving the monthly update to my team.",
  emotions: [
    { name: "anxious", before: 80, after: 40 },
    { name: "ashamed", before: 60 },
  ],
  automaticThought: `Everyone noticed I lost my place (${id}).`,
  beliefBefore: 85,
  traps: ["mind-reading"],
  evidenceFor: "I paused for a few seconds.",
  evidenceAgainst: "Two people asked follow-up questions.",
  balancedThought: "I lost my place briefly and found it again.",
  balancedBelief: 70,
  beliefAfter: 35,
  step: 6,
  ...fields,
});

/** An unfinished thought record in its stored shape, as typed. */
const draft = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  kind: "draft",
  createdAt: t(20),
  updatedAt: t(20),
  when: "2026-11-20T08:15",
  situation: "Reading feedback on my report.",
  emotions: [{ name: "hurt", before: "70", after: "" }],
  automaticThought: "I can't do anything right.",
  beliefBefore: "90",
  traps: [],
  evidenceFor: "",
  evidenceAgainst: "",
  balancedThought: "",
  balancedBelief: "",
  beliefAfter: "",
  step: 3,
  ...fields,
});

const seed = (page: Page, records: Record<string, unknown>[]) =>
  seedWorksheet(page, PAGE, KEY, records);

const stored = async (page: Page) => (await readStored(page, KEY)).records;

// Several tests run axe in two themes, which is slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

const status = (page: Page) => page.locator(".ws-message");
const undoLine = (page: Page) => page.locator(".ws-undo");
const stepHeading = (page: Page) => page.locator("#tr-step-h");
const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true });
const records = (page: Page) => page.getByRole("region", { name: "Your thought records" });
const reminder = (page: Page) => page.getByRole("note", { name: "Your automatic thought" });

test.beforeEach(async ({ page }) => {
  // Printing opens a dialog; count the calls instead.
  await page.addInitScript(() => {
    window.print = () => {
      document.body.dataset.printed = String(Number(document.body.dataset.printed ?? 0) + 1);
    };
  });
});

test("the empty worksheet invites a first thought record and passes axe", async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByRole("heading", { name: "Your thought records" })).toBeVisible();
  await expect(page.getByText("No thought records yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Print a blank copy" })).toHaveAttribute(
    "href",
    PRINT,
  );
  await expect(
    page.getByRole("link", { name: "Thinking traps and perfectionism" }),
  ).toHaveAttribute("href", "/learn/cognitive-distortions/");
  await expectNoAxeViolations(page);
});

test("a whole thought record, step by step: the thought stays in view, the draft survives a reload, and the record shows how the ratings changed", async ({
  page,
}) => {
  // Axe runs on four screens in two themes each.
  test.setTimeout(180_000);
  await page.goto(PAGE);
  await page.getByRole("link", { name: "Start a new thought record" }).click();
  await expect(page).toHaveURL(WRITE);
  await expect(stepHeading(page)).toHaveText("Step 1 of 7 The situation");
  await expect(page.locator("progress")).toHaveAttribute("value", "1");
  await expectNoAxeViolations(page);

  await page.getByLabel("Date and time").fill("2026-11-03T09:30");
  await page.getByLabel("What was going on").fill("Giving the monthly update to my team.");
  await next(page).click();

  await expect(stepHeading(page)).toHaveText("Step 2 of 7 Your feelings");
  await expect(stepHeading(page)).toBeFocused();
  await page.getByLabel("Feeling 1", { exact: true }).fill("anxious");
  await page.getByLabel("How strong, 0–100 (feeling 1)").fill("80");
  await page.getByRole("button", { name: "Add another feeling" }).click();
  await expect(page.getByLabel("Feeling 2", { exact: true })).toBeFocused();
  await page.keyboard.type("ashamed");
  await page.getByLabel("How strong, 0–100 (feeling 2)").fill("60");
  await expectNoAxeViolations(page);
  await next(page).click();

  await expect(stepHeading(page)).toHaveText("Step 3 of 7 The automatic thought");
  await expect(reminder(page)).toHaveCount(0);
  await page
    .getByLabel("The thought that went through my mind")
    .fill("Everyone noticed I lost my place. They think I can't do my job.");
  await page.getByLabel("How much I believed it then, 0–100%").fill("85");
  await next(page).click();

  // From here on, the automatic thought stays in view.
  await expect(stepHeading(page)).toHaveText("Step 4 of 7 Thinking traps");
  await expect(reminder(page)).toContainText("Everyone noticed I lost my place.");
  await expect(reminder(page)).toContainText("You believed it 85%.");
  await expect(page.getByRole("checkbox")).toHaveCount(12);
  await page.getByRole("checkbox", { name: "Mind reading" }).check();
  await page.getByRole("checkbox", { name: "Catastrophizing" }).check();
  await expect(page.getByRole("link", { name: /What each trap means/ })).toHaveAttribute(
    "href",
    "/learn/cognitive-distortions/",
  );
  await expectNoAxeViolations(page);

  // The address now names the draft: a reload comes back to the same step, with every answer.
  await expect(page).toHaveURL(/\/write\/\?draft=/);
  await page.reload();
  await expect(status(page)).toContainText("Welcome back");
  await expect(stepHeading(page)).toHaveText("Step 4 of 7 Thinking traps");
  await expect(page.getByRole("checkbox", { name: "Mind reading" })).toBeChecked();
  await expect(reminder(page)).toContainText("Everyone noticed I lost my place.");
  await next(page).click();

  await expect(stepHeading(page)).toHaveText("Step 5 of 7 Evidence for and against");
  await expect(reminder(page)).toBeVisible();
  await page.getByLabel("Facts that support the thought").fill("I paused for a few seconds.");
  await page
    .getByLabel("Facts that don't fit the thought")
    .fill("Two people asked follow-up questions. My manager said thanks.");
  await next(page).click();

  await expect(stepHeading(page)).toHaveText("Step 6 of 7 A balanced thought");
  await expect(reminder(page)).toBeVisible();
  await page
    .getByLabel("A more balanced thought")
    .fill("I lost my place for a moment and found it again. People were listening.");
  await page.getByLabel("How much I believe the balanced thought, 0–100%").fill("70");
  await next(page).click();

  await expect(stepHeading(page)).toHaveText("Step 7 of 7 Re-rate");
  await expect(reminder(page)).toBeVisible();
  await expect(page.getByLabel("anxious now, 0–100")).toHaveAccessibleDescription(
    "At the time: 80",
  );
  await page.getByLabel("anxious now, 0–100").fill("40");
  await page.getByLabel("ashamed now, 0–100").fill("30");
  await page.getByLabel("How much I believe the automatic thought now, 0–100%").fill("35");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save thought record" }).click();

  // Back on the list page, the saved record is open in full.
  await expect(page).toHaveURL(PAGE);
  await expect(status(page)).toContainText("Saved.");
  const detail = page.getByRole("article");
  await expect(page.getByRole("heading", { name: /^Thought record: / })).toBeFocused();
  await expect(detail).toContainText("Giving the monthly update to my team.");
  await expect(detail).toContainText("Catastrophizing");
  await expect(detail.getByRole("link", { name: "Mind reading" })).toHaveAttribute(
    "href",
    "/learn/cognitive-distortions/#trap-mind-reading",
  );
  await expect(
    detail.getByRole("img", { name: /Feelings and belief, at the time and at the end/ }),
  ).toBeVisible();
  await expect(detail.getByRole("row", { name: /^anxious/ }).getByRole("cell")).toHaveText([
    "80",
    "40",
  ]);
  await expect(
    detail.getByRole("row", { name: /^Belief in the automatic thought/ }).getByRole("cell"),
  ).toHaveText(["85", "35"]);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Back to all thought records" }).click();
  await expect(records(page).getByRole("listitem")).toHaveCount(1);
  await expect(records(page)).toContainText("Anxious, ashamed; belief 85% → 35%");
  await expect(page.getByText("Unfinished")).toHaveCount(0);

  const [saved, ...rest] = await stored(page);
  expect(rest).toEqual([]);
  expect(saved).toMatchObject({
    kind: "record",
    situation: "Giving the monthly update to my team.",
    emotions: [
      { name: "anxious", before: 80, after: 40 },
      { name: "ashamed", before: 60, after: 30 },
    ],
    beliefBefore: 85,
    traps: ["mind-reading", "catastrophizing"],
    balancedBelief: 70,
    beliefAfter: 35,
    step: 6,
  });
  // The date and time are the person's own, read in their time zone.
  const when = await page.evaluate(() => new Date(2026, 10, 3, 9, 30).toISOString());
  expect(saved!.when).toBe(when);
});

test("a bad answer is explained next to its field, and nothing typed is lost, not even on a reload", async ({
  page,
}) => {
  await page.goto(WRITE);
  await next(page).click();
  const strength = page.getByLabel("How strong, 0–100 (feeling 1)");
  await page.getByLabel("Feeling 1", { exact: true }).fill("worried");
  await strength.fill("150");
  await strength.blur();
  await expect(strength).toHaveAttribute("aria-invalid", "true");
  await expect(strength).toHaveAccessibleDescription(/Rate this feeling with a whole number/);
  await next(page).click();
  await expect(strength).toBeFocused();
  await expect(status(page)).toContainText("One answer needs a small change");
  await expect(stepHeading(page)).toHaveText("Step 2 of 7 Your feelings");
  await expectNoAxeViolations(page);

  // What was typed is kept as typed, even across a reload.
  await page.reload();
  await expect(page.getByLabel("Feeling 1", { exact: true })).toHaveValue("worried");
  await expect(page.getByLabel("How strong, 0–100 (feeling 1)")).toHaveValue("150");

  // Back keeps everything; the first step is as it was left.
  await page.getByRole("button", { name: "Back" }).click();
  await expect(stepHeading(page)).toHaveText("Step 1 of 7 The situation");
  await page.getByRole("button", { name: "2. Your feelings" }).click();
  await page.getByLabel("How strong, 0–100 (feeling 1)").fill("65");
  await expect(page.getByText("Rate this feeling with a whole number")).toHaveCount(0);
  await next(page).click();

  // The automatic thought is the one answer needed.
  await next(page).click();
  const thought = page.getByLabel(/The thought that went through my mind/);
  await expect(thought).toBeFocused();
  await expect(thought).toHaveAccessibleDescription(/It is the one part you need to fill in/);
  expect((await stored(page)).filter((r) => r.kind === "record")).toEqual([]);

  // Saving from the last step without a thought goes back to the step that needs it.
  await page.getByRole("button", { name: "2. Your feelings" }).click();
  await page.getByRole("button", { name: "7. Re-rate" }).click();
  await expect(stepHeading(page)).toHaveText("Step 7 of 7 Re-rate");
  await page.getByRole("button", { name: "Save thought record" }).click();
  await expect(stepHeading(page)).toHaveText("Step 3 of 7 The automatic thought");
  await expect(thought).toBeFocused();
  await thought.fill("I'm going to mess this up.");
  await page.getByRole("button", { name: "7. Re-rate" }).click();
  await page.getByRole("button", { name: "Save thought record" }).click();
  await expect(status(page)).toContainText("Saved.");
  expect(await stored(page)).toMatchObject([
    { kind: "record", emotions: [{ name: "worried", before: 65 }] },
  ]);
});

test("a very long answer shows a counter near the limit and is never cut", async ({ page }) => {
  await page.goto(WRITE);
  const situation = page.getByLabel("What was going on");
  await situation.fill("a".repeat(1900));
  await expect(page.getByText("100 characters left")).toBeVisible();
  await situation.fill("a".repeat(2010));
  await expect(page.getByText("10 characters over the limit")).toBeVisible();
  await next(page).click();
  await expect(situation).toBeFocused();
  await expect(situation).toHaveAccessibleDescription(/Limit reached: this is 10 characters over/);
  await expect(situation).toHaveValue("a".repeat(2010));
});

test("an unfinished thought record can be continued, or discarded after a question that names it", async ({
  page,
}) => {
  await seed(page, [draft("d1"), rec("r1", 2)]);
  const drafts = page.getByRole("region", { name: "Unfinished" });
  await expect(drafts).toContainText("I can't do anything right.");
  await expect(drafts).toContainText("You were on step 4 of 7.");
  await expectNoAxeViolations(page);

  await drafts.getByRole("link", { name: "Continue: I can't do anything right." }).click();
  await expect(page).toHaveURL(`${WRITE}?draft=d1`);
  await expect(stepHeading(page)).toHaveText("Step 4 of 7 Thinking traps");
  await expect(reminder(page)).toContainText("I can't do anything right.");
  await page.getByRole("button", { name: "Finish later" }).click();
  await expect(page).toHaveURL(PAGE);
  await expect(status(page)).toContainText("Kept.");
  await expect(page.getByRole("heading", { name: "I can't do anything right." })).toBeFocused();

  await drafts.getByRole("button", { name: "Discard: I can't do anything right." }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("“I can't do anything right.”");
  await expect(dialog.getByRole("button", { name: "Yes, discard it" })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await expect(
    drafts.getByRole("button", { name: "Discard: I can't do anything right." }),
  ).toBeFocused();
  expect((await stored(page)).find((r) => r.id === "d1")).toMatchObject({ kind: "draft" });

  await drafts.getByRole("button", { name: "Discard: I can't do anything right." }).click();
  await expect(page.getByRole("button", { name: "Yes, discard it" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(undoLine(page)).toContainText(
    "Discarded the unfinished thought record (“I can't do anything right.”).",
  );
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await expect(drafts).toHaveCount(0);
  expect((await stored(page)).find((r) => r.id === "d1")).toMatchObject({ deleted: true });
  await expect(records(page).getByRole("listitem")).toHaveCount(1);
});

test("editing changes the record in place, and a rating cleared in the form is removed", async ({
  page,
}) => {
  await seed(page, [rec("r1", 2)]);
  await page.getByRole("button", { name: /^Open: / }).click();
  await expect(page.getByRole("heading", { name: /^Thought record: / })).toBeFocused();
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page).toHaveURL(`${WRITE}?edit=r1`);
  await expect(page.getByRole("heading", { name: "Edit thought record" })).toBeVisible();
  await expect(page.getByLabel("What was going on")).toHaveValue(
    "Giving the monthly update to my team.",
  );
  await page.getByLabel("What was going on").fill("The monthly update, on a video call.");
  await page.getByRole("button", { name: "7. Re-rate" }).click();
  await page.getByLabel("How much I believe the automatic thought now, 0–100%").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(PAGE);
  await expect(status(page)).toHaveText("Saved your changes.");
  await expect(page.getByRole("article")).toContainText("The monthly update, on a video call.");
  const records = await stored(page);
  expect(records.filter((r) => !r.deleted)).toHaveLength(1);
  expect(records[0]).toMatchObject({ id: "r1", situation: "The monthly update, on a video call." });
  expect(records[0]).not.toHaveProperty("beliefAfter");
});

test("deleting a record asks first, names it, and “Keep it” changes nothing", async ({ page }) => {
  await seed(page, [rec("r1", 2), rec("r2", 3)]);
  await page
    .getByRole("button", { name: /^Open: / })
    .first()
    .click();
  const heading = await page.getByRole("heading", { name: /^Thought record: / }).textContent();
  const when = heading!.replace("Thought record: ", "");
  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText(`The thought record from ${when}`);
  await expect(dialog.getByRole("button", { name: "Yes, delete it" })).toBeFocused();
  await dialog.press("Escape");
  await expect(page.getByRole("button", { name: "Delete" })).toBeFocused();
  expect((await stored(page)).filter((r) => r.deleted)).toEqual([]);

  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(undoLine(page)).toHaveText(`Deleted the thought record from ${when}.Undo`);
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await expect(records(page).getByRole("listitem")).toHaveCount(1);
  expect((await stored(page)).find((r) => r.id === "r2")).toMatchObject({ deleted: true });
});

test("Undo brings a deleted thought record back, whole, and it is still there after a reload", async ({
  page,
}) => {
  await seed(page, [rec("r1", 2), rec("r2", 3)]);
  const before = (await stored(page)).find((r) => r.id === "r2");
  await page
    .getByRole("button", { name: /^Open: / })
    .first()
    .click();
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("heading", { name: /^Thought record: / })).toBeFocused();
  await expect(undoLine(page)).toHaveText("Brought it back.");
  await page.reload();
  await expect(records(page).getByRole("listitem")).toHaveCount(2);
  const after = (await stored(page)).find((r) => r.id === "r2");
  expect({ ...after, updatedAt: "" }).toEqual({ ...before, updatedAt: "" });
  expect(String(after!.updatedAt) > String(before!.updatedAt)).toBe(true);
});

test("saved records are listed newest first, and the chart shows the ratings of the one picked", async ({
  page,
}) => {
  await seed(page, [
    rec("old", 1, { automaticThought: "The oldest thought." }),
    rec("new", 9, {
      automaticThought: "The newest thought.",
      emotions: [{ name: "guilty", before: 90, after: 50 }],
    }),
    rec("mid", 5, { automaticThought: "The middle thought.", beliefAfter: undefined }),
  ]);
  await expect(records(page).locator(".tr-quote")).toHaveText([
    "“The newest thought.”",
    "“The middle thought.”",
    "“The oldest thought.”",
  ]);
  const chart = page.getByRole("region", { name: "How your ratings changed" });
  await expect(chart.getByRole("row", { name: /^guilty/ }).getByRole("cell")).toHaveText([
    "90",
    "50",
  ]);
  const middle = await chart.locator("option", { hasText: "The middle thought." }).textContent();
  await chart.getByLabel("Show the ratings of").selectOption({ label: middle! });
  await expect(chart.getByRole("row", { name: /^guilty/ })).toHaveCount(0);
  await expect(
    chart.getByRole("row", { name: /^Belief in the automatic thought/ }).getByRole("cell"),
  ).toHaveText(["85", "not rated"]);
  const picture = chart.getByRole("img", { name: /Feelings and belief/ });
  await expect(picture).toBeVisible();
  // The long label is shown whole (it wraps) rather than being cut short.
  await expect(picture).toContainText("Belief in the automatic thought");
  await expectNoAxeViolations(page);
});

test("a saved record prints on its own, with what the person wrote and without the page around it", async ({
  page,
}) => {
  await seed(page, [rec("r1", 2), rec("r2", 3, { automaticThought: "Another thought." })]);
  await page
    .getByRole("button", { name: /^Open: / })
    .last()
    .click();
  await page.getByRole("button", { name: "Print this record" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "1");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("heading", { name: /^Thought record: / })).toBeVisible();
  await expect(page.getByText("Everyone noticed I lost my place (r1).")).toBeVisible();
  await expect(page.getByText("Two people asked follow-up questions.")).toBeVisible();
  await expect(page.getByText("85%").first()).toBeVisible();
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toBeHidden();
  await expect(page.getByText("Another thought.")).toBeHidden();
  await expect(page.getByRole("heading", { name: "Start a thought record" })).toBeHidden();
  await expect(page.locator(".site-footer")).toBeHidden();
});

test("the blank copy is a clean page to print, with every step and thinking trap", async ({
  page,
}) => {
  await page.goto(PRINT);
  await expect(page.getByRole("heading", { name: "Thought record", exact: true })).toBeVisible();
  const sheet = page.locator(".blank-page");
  await expect(sheet.getByRole("heading", { level: 3 })).toHaveText([
    "1. The situation",
    "2. Your feelings",
    "3. The automatic thought",
    "4. Thinking traps",
    "5. Evidence for and against",
    "6. A balanced thought",
    "7. Re-rate",
  ]);
  await expect(sheet.getByRole("listitem")).toHaveCount(12);
  await expect(sheet).toContainText("All-or-nothing thinking");
  await expect(sheet).toContainText("How much I believed it then, 0–100%");
  await expect(page.locator("script[src], astro-island")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("heading", { name: /blank copy to print/ })).toBeHidden();
  await expect(sheet).toBeVisible();
  expect(
    await sheet.evaluate((el) => [
      getComputedStyle(el).color,
      getComputedStyle(el).backgroundColor,
    ]),
  ).toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
});

/** A fresh browser profile: the client's own device. */
async function clientPage(browser: Browser) {
  return (await browser.newContext({ reducedMotion: "reduce" })).newPage();
}

test("homework: the therapist's pre-filled link adds a new thought record the client finishes", async ({
  page,
  browser,
}) => {
  await page.goto("/for-therapists/");
  await page.getByRole("radio", { name: "Thought record" }).check();
  const fields = page.getByRole("group", { name: "3. Pre-fill the thought record (optional)" });
  await expect(fields).toBeVisible();
  await page.getByLabel("Your name, as your client knows you").fill("Dr. Rivera");
  await fields.getByLabel(/A situation to write about/).fill("  The team meeting on Monday  ");
  await fields
    .getByLabel(/An automatic thought to look at/)
    .fill("If it isn't perfect, I've failed.");
  await page.getByRole("button", { name: "Make the link" }).click();
  const link = await page.getByLabel("Link to send").inputValue();
  expect(link).toMatch(/\/worksheets\/thought-record\/#hw=/);

  const client = await clientPage(browser);
  await client.goto(PAGE);
  await client.evaluate(([key, value]) => localStorage.setItem(key, value), [
    KEY,
    JSON.stringify({ version: 2, records: [rec("mine", 2)] }),
  ] as const);
  await client.goto(link);
  await expect(client).toHaveURL("/worksheets/thought-record/homework/");
  const banner = client.getByRole("region", { name: "Homework", exact: true });
  await expect(banner).toContainText("This link says it comes from Dr. Rivera");
  await expect(banner).toContainText("a new thought record, started with your therapist's words");
  await expectNoAxeViolations(client);
  await banner.getByRole("button", { name: "Add to my worksheet" }).click();
  await expect(banner).toContainText("Added to your worksheet");
  await expectNoAxeViolations(client);

  await client.getByRole("link", { name: "Open the thought record" }).click();
  const drafts = client.getByRole("region", { name: "Unfinished" });
  await expect(drafts).toContainText("If it isn't perfect, I've failed.");
  await expect(drafts).toContainText("Homework from your therapist.");
  await drafts.getByRole("link", { name: /^Continue/ }).click();
  await expect(client.getByLabel("What was going on")).toHaveValue("The team meeting on Monday");
  // The date is the client's to pick.
  await next(client).click();
  await expect(client.getByLabel("Date and time")).toBeFocused();
  await expect(client.getByLabel("Date and time")).toHaveAccessibleDescription(
    /Pick the date and time this happened/,
  );
  await client.getByLabel("Date and time").fill("2026-11-02T10:00");
  await next(client).click();
  await next(client).click();
  await expect(client.getByLabel(/The thought that went through my mind/)).toHaveValue(
    "If it isn't perfect, I've failed.",
  );
  await client.getByRole("button", { name: "7. Re-rate" }).click();
  await client.getByRole("button", { name: "Save thought record" }).click();
  await expect(client.locator(".ws-message")).toContainText("Saved.");

  const records = await stored(client);
  expect(records.find((r) => r.id === "mine")).toEqual(rec("mine", 2));
  const added = records.find((r) => r.id !== "mine")!;
  expect(added).toMatchObject({
    kind: "record",
    situation: "The team meeting on Monday",
    automaticThought: "If it isn't perfect, I've failed.",
    homeworkId: expect.any(String),
  });
  await client.context().close();
});

test("export from My data, delete everything, and import brings the thought records back", async ({
  page,
}) => {
  await seed(page, [rec("r1", 2), draft("d1")]);
  await page.goto("/my-data/");
  const row = page.getByRole("row", { name: /Thought record/ });
  await expect(row).toContainText("1 thought record and 1 unfinished");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export everything" }).click();
  const file = await (await download).path();
  expect(JSON.parse(readFileSync(file, "utf8")).worksheets["thought-record"].records).toHaveLength(
    2,
  );

  await page.getByRole("button", { name: "Delete everything" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(row).toContainText("0 thought records");
  await page.goto(PAGE);
  await expect(page.getByText("No thought records yet.")).toBeVisible();

  await page.goto("/my-data/import/");
  await page.getByLabel("Choose an exported file").setInputFiles(file);
  await expect(page.getByRole("region", { name: "Import preview" })).toContainText(
    "1 thought record and 1 unfinished",
  );
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toContainText(
    "1 thought record and 1 unfinished",
  );
  await page.goto(PAGE);
  await expect(records(page).locator(".tr-quote")).toHaveText([
    "“Everyone noticed I lost my place (r1).”",
  ]);
  await expect(page.getByRole("region", { name: "Unfinished" })).toContainText(
    "I can't do anything right.",
  );
});

test("a homework link opened on the worksheet goes to its homework page", async ({ page }) => {
  const payload = Buffer.from(
    JSON.stringify({ v: 1, id: "abcdEFGH1234", w: "thought-record", prefill: { thought: "x" } }),
  ).toString("base64url");
  await page.goto(`${PAGE}#hw=j${payload}`);
  await expect(page).toHaveURL("/worksheets/thought-record/homework/");
  await expect(page.getByRole("button", { name: "Add to my worksheet" })).toBeVisible();
});

test("when the browser keeps nothing, saving stays on the page and offers an export, so nothing is lost", async ({
  page,
}) => {
  await blockStorage(page);
  await page.goto(WRITE);
  await expect(
    page.getByRole("status").filter({ hasText: "not letting the site save" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "3. The automatic thought" }).click();
  await page
    .getByLabel(/The thought that went through my mind/)
    .fill("I should have known better.");
  await page.getByRole("button", { name: "Finish later" }).click();
  await expect(status(page)).toContainText("leaving this page would lose what you wrote");
  await expect(page).toHaveURL(/\/write\//);
  await page.getByRole("button", { name: "7. Re-rate" }).click();
  await page.getByRole("button", { name: "Save thought record" }).click();
  await expect(status(page)).toContainText("leaving this page would lose what you wrote");
  await expect(page).toHaveURL(/\/write\//);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export my entries" }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(file.worksheets["thought-record"].records).toMatchObject([
    { kind: "record", automaticThought: "I should have known better." },
  ]);
});

test("a saved record can be picked for the session summary, with its ratings", async ({ page }) => {
  await seedWorksheet(page, PAGE, KEY, [rec("r1", 2), draft("d1")]);
  await page.goto("/my-data/summary/?worksheet=thought-record");
  const picks = page.getByRole("group", { name: "Thought record" }).getByRole("checkbox");
  await expect(picks).toHaveCount(1);
  await picks.first().check();
  const entry = page.locator(".summary-entry");
  await expect(entry.getByRole("heading")).toHaveText(
    "Thought record: Everyone noticed I lost my place (r1).",
  );
  await expect(entry).toContainText("anxious 80 → 40; ashamed 60 → –");
  await expect(entry).toContainText("85% → 35%");
  await expect(entry).toContainText("Mind reading");
});

test("years of records open with the newest 50 listed, and “Show older” brings the rest into reach", async ({
  page,
}) => {
  // 120 records, one a day, newest last in storage order.
  const many = Array.from({ length: 120 }, (_, i) => {
    const at = new Date(Date.UTC(2026, 0, 1 + i, 9)).toISOString();
    return rec(`r${i}`, 1, {
      when: at,
      createdAt: at,
      updatedAt: at,
      automaticThought: `Thought number ${i}`,
    });
  });
  await seed(page, many);
  const items = records(page).getByRole("listitem");
  await expect(items).toHaveCount(50);
  await expect(items.first()).toContainText("Thought number 119");
  const older = page.getByRole("button", { name: "Show 50 older thought records" });
  await older.click();
  await expect(items).toHaveCount(100);
  // Keyboard users carry on at the first record just shown.
  await expect(page.locator("#tr-r69")).toBeFocused();
  await page.getByRole("button", { name: "Show 20 older thought records" }).click();
  await expect(items).toHaveCount(120);
  await expect(items.last()).toContainText("Thought number 0");
  await expect(page.getByRole("button", { name: /older thought records?$/ })).toHaveCount(0);
});
