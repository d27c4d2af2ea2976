import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { blockStorage, readStored } from "./support/seed";

const PAGE = "/worksheets/relapse-prevention-plan/";
const KEY = "goodenough:relapse-prevention-plan";
const t = (day: number) => `2026-11-${String(day).padStart(2, "0")}T10:00:00.000Z`;

type Stored = { id: string; kind?: string; deleted?: boolean; [k: string]: unknown };

/** Stores these records under a worksheet's key, in its current shape. */
const put = (page: Page, records: Record<string, unknown>[], key = KEY) =>
  page.evaluate(([k, value]) => localStorage.setItem(k, value), [
    key,
    JSON.stringify({ version: 2, records }),
  ] as const);

/** Opens the plan holding these records. */
async function seed(page: Page, records: Record<string, unknown>[]) {
  await page.goto(PAGE);
  await put(page, records);
  await page.reload();
}

const stored = async (page: Page): Promise<Stored[]> =>
  (await readStored(page, KEY)).records as Stored[];

const section = (id: string, text: string, day = 1) => ({
  id,
  kind: "section",
  createdAt: t(day),
  updatedAt: t(day),
  text,
});
const contact = (id: string, name: string, fields: Record<string, unknown> = {}) => ({
  id,
  kind: "contact",
  createdAt: t(2),
  updatedAt: t(2),
  name,
  ...fields,
});
const review = (reviewDate: string) => ({
  id: "review",
  kind: "review",
  createdAt: t(1),
  updatedAt: t(1),
  reviewDate,
});

const reviewDate = (page: Page) =>
  page.getByRole("textbox", { name: "When I will review this plan" });
const field = (page: Page, title: string) =>
  page.getByRole("textbox", { name: title, exact: true });
const part = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true });
/** Counts the pages Chromium would print. */
const printedPages = async (page: Page) =>
  ((await page.pdf({ format: "Letter" })).toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [])
    .length;

/** A fresh browser profile: the client's own device. */
async function clientPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

/** Opens the homework builder on the plan and types its points; returns the pre-fill fields. */
async function planBuilder(page: Page, learned: string, signs: string) {
  await page.goto("/for-therapists/");
  await page.getByRole("radio", { name: "Relapse-prevention plan" }).check();
  const fields = page.getByRole("group", { name: "3. Add to the plan (optional)" });
  await fields
    .getByLabel("What your client learned in treatment, one point per line")
    .fill(learned);
  await fields.getByLabel("Early warning signs you talked about, one per line").fill(signs);
  return fields;
}
const makeLink = async (page: Page) => {
  await page.getByRole("button", { name: "Make the link" }).click();
  return page.getByLabel("Link to send").inputValue();
};

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

test("the empty plan shows every part in order, the crisis lines and a gentle first step, and passes axe", async ({
  page,
}) => {
  await page.goto(PAGE);
  await expect(page.getByText("Start with whichever part feels easiest.")).toBeVisible();
  await expect(page.locator("main h2")).toContainText([
    "Your plan so far",
    "What I'm protecting",
    "What I learned in treatment",
    "My high-pressure situations and triggers",
    "My early warning signs",
    "What I will do",
    "Who I can contact",
    "What to do after a lapse",
    "Crisis lines",
    "When I will review this plan",
  ]);
  const crisis = part(page, "Crisis lines");
  await expect(crisis).toContainText("988 Suicide & Crisis Lifeline");
  await expect(crisis.getByRole("link", { name: "Call 988" })).toHaveAttribute("href", "tel:988");
  // The crisis lines are fixed: nothing in them can be typed into.
  await expect(crisis.getByRole("textbox")).toHaveCount(0);
  await expect(part(page, "What to do after a lapse")).toContainText("A lapse is not a relapse.");
  await expect(page.getByText("Choose a day to look over this plan again.")).toBeVisible();
  const protecting = part(page, "What I'm protecting");
  await protecting.getByText("Examples", { exact: true }).click();
  await expect(protecting.getByText("Examples to get you started")).toBeVisible();
  await expect(protecting).toContainText("Sleeping well the night before a deadline");
  await expectNoAxeViolations(page);
});

test("writing a plan: each part saves as you type, says so, and is all there after a reload", async ({
  page,
}) => {
  await page.goto(PAGE);
  const protecting = field(page, "What I'm protecting");
  await protecting.fill("Evenings with my kids\nSleeping before deadlines");
  await expect(part(page, "What I'm protecting").getByText("Saved", { exact: true })).toBeVisible();
  await expect(page.getByText("1 of 8 parts have something in them.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "What I'm protecting" })).toContainText(
    "has something in it",
  );

  await field(page, "My early warning signs").fill("Rereading emails many times");
  await field(page, "What I will do").fill("Check once, then send");
  // Reload straight away, before the pause that saves: leaving the page saves it too.
  await field(page, "What to do after a lapse").fill("Tell myself a slip is normal");
  await page.reload();

  await expect(field(page, "What I'm protecting")).toHaveValue(
    "Evenings with my kids\nSleeping before deadlines",
  );
  await expect(field(page, "My early warning signs")).toHaveValue("Rereading emails many times");
  await expect(field(page, "What I will do")).toHaveValue("Check once, then send");
  await expect(field(page, "What to do after a lapse")).toHaveValue("Tell myself a slip is normal");
  await expect(page.getByText("4 of 8 parts have something in them.")).toBeVisible();
  expect(await stored(page)).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ id: "coping", kind: "section", text: "Check once, then send" }),
    ]),
  );
  await expectNoAxeViolations(page);
});

test("a section over the limit explains itself, keeps every word, and saves once it fits", async ({
  page,
}) => {
  await seed(page, [section("triggers", "Exam weeks")]);
  const triggers = field(page, "My high-pressure situations and triggers");
  await triggers.fill("a".repeat(3900));
  await expect(page.getByText("100 characters left")).toBeVisible();
  await triggers.fill("a".repeat(4010));
  await expect(triggers).toHaveAttribute("aria-invalid", "true");
  await expect(triggers).toHaveAccessibleDescription(/Please keep this to 4,000 characters/);
  await expect(triggers).toHaveAccessibleDescription(/Not saved yet: your words are still here/);
  await triggers.blur();
  await expect(triggers).toHaveValue("a".repeat(4010));
  expect((await stored(page)).find((r) => r.id === "triggers")).toMatchObject({
    text: "Exam weeks",
  });
  await expectNoAxeViolations(page);

  await triggers.press("End");
  for (let i = 0; i < 10; i++) await triggers.press("Backspace");
  await expect(triggers).not.toHaveAttribute("aria-invalid", "true");
  await expect(part(page, "My high-pressure situations and triggers")).toContainText("Saved");
  expect((await stored(page)).find((r) => r.id === "triggers")).toMatchObject({
    text: "a".repeat(4000),
  });
});

test("a contact needs a name and a number made of digits; the messages sit by the fields and nothing is lost", async ({
  page,
}) => {
  await page.goto(PAGE);
  const contacts = part(page, "Who I can contact");
  await expect(contacts).toContainText("Numbers stay on this device.");
  await expect(contacts).toContainText(
    "the link holds people's names, never their numbers or notes",
  );
  await expect(contacts).toContainText("No one added yet.");
  // All from the keyboard.
  await page.getByRole("button", { name: "Add someone to contact" }).press("Enter");
  const name = page.getByRole("textbox", { name: "Name (needed)" });
  await expect(name).toBeFocused();
  const phone = page.getByRole("textbox", { name: "Phone number (optional)" });
  await phone.fill("call me maybe");
  await page.getByRole("textbox", { name: "Who they are to me (optional)" }).fill("sister");
  await page.getByRole("button", { name: "Save this contact" }).press("Enter");

  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription("Add a name, so you know who to reach out to.");
  await expect(phone).toHaveAccessibleDescription(/Write the number with digits, spaces and/);
  await expect(contacts.locator("p.ws-message")).toHaveText(
    "Please check the 2 marked fields. Nothing is saved yet.",
  );
  await expect(phone).toHaveValue("call me maybe");
  expect(await stored(page)).toEqual([]);
  await expectNoAxeViolations(page);

  await name.fill("Sam");
  await expect(name).not.toHaveAttribute("aria-invalid", "true");
  await phone.fill("+1 (555) 123-4567");
  await expect(page.getByText("Write the number with digits")).toHaveCount(0);
  await page.keyboard.press("Enter");
  await expect(contacts.locator("p.ws-message")).toHaveText("Saved Sam.");
  await expect(contacts.getByRole("heading", { name: "Sam, sister" })).toBeFocused();
  await expect(contacts.getByRole("link", { name: "Call +1 (555) 123-4567" })).toHaveAttribute(
    "href",
    "tel:+15551234567",
  );
  await page.reload();
  await expect(
    part(page, "Who I can contact").getByRole("heading", { name: "Sam, sister" }),
  ).toBeVisible();
  expect(await stored(page)).toMatchObject([
    { kind: "contact", name: "Sam", phone: "+1 (555) 123-4567", relationship: "sister" },
  ]);
});

test("in a tab that draws no frames (busy, or in the background), saving a contact still moves focus to it", async ({
  page,
}) => {
  // Without frames, work Preact leaves for after a paint runs late, just
  // before the next render; the focus must still land on the new contact.
  await page.addInitScript(() => {
    window.requestAnimationFrame = () => 0;
  });
  await page.goto(PAGE);
  const contacts = part(page, "Who I can contact");
  await page.getByRole("button", { name: "Add someone to contact" }).click();
  await page.getByRole("textbox", { name: "Name (needed)" }).fill("Sam");
  await page.getByRole("textbox", { name: "Phone number (optional)" }).fill("555 0100");
  await page.keyboard.press("Enter");
  await expect(contacts.locator("p.ws-message")).toHaveText("Saved Sam.");
  await expect(contacts.getByRole("heading", { name: "Sam" })).toBeFocused();
});

test("editing a contact keeps it, and deleting asks first, naming who goes", async ({ page }) => {
  await seed(page, [
    contact("c1", "Sam", { relationship: "sister", phone: "555 0100" }),
    contact("c2", "Dr. Lee", { relationship: "therapist" }),
  ]);
  const contacts = part(page, "Who I can contact");
  await contacts.getByRole("button", { name: "Edit Sam" }).click();
  await expect(page.getByRole("textbox", { name: "Name (needed)" })).toHaveValue("Sam");
  await page.getByRole("textbox", { name: "Phone number (optional)" }).fill("");
  await page.getByRole("textbox", { name: "Note (optional)" }).fill("Evenings are best");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(contacts.getByRole("heading", { name: "Sam, sister" })).toBeFocused();
  await expect(contacts).toContainText("Evenings are best");
  const edited = (await stored(page)).find((r) => r.id === "c1");
  expect(edited).toMatchObject({ name: "Sam", note: "Evenings are best" });
  expect(edited).not.toHaveProperty("phone");

  await contacts.getByRole("button", { name: "Delete Sam" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Delete Sam?");
  await expect(dialog).toContainText("Sam, and anything you wrote about them, will be removed");
  await expect(dialog.getByRole("button", { name: "Yes, delete" })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Keep them" }).click();
  await expect(contacts.getByRole("button", { name: "Delete Sam" })).toBeFocused();
  expect((await stored(page)).filter((r) => !r.deleted)).toHaveLength(2);

  await contacts.getByRole("button", { name: "Delete Sam" }).click();
  // The question takes the focus, so Escape reaches it.
  await expect(page.getByRole("button", { name: "Yes, delete" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await contacts.getByRole("button", { name: "Delete Sam" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(contacts.locator(".ws-undo")).toContainText("Sam was removed from your plan.");
  await expect(contacts.getByRole("button", { name: "Undo" })).toBeFocused();
  await expect(contacts.getByRole("heading", { level: 3 })).toHaveText(["Dr. Lee, therapist"]);
  expect((await stored(page)).find((r) => r.id === "c1")).toMatchObject({ deleted: true });
});

test("leaving a changed contact form asks first, and “Keep editing” keeps what was typed", async ({
  page,
}) => {
  await page.goto(PAGE);
  await page.getByRole("button", { name: "Add someone to contact" }).click();
  await page.getByRole("textbox", { name: "Name (needed)" }).fill("Alex");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Leave without saving?");
  await page.getByRole("button", { name: "Keep editing" }).click();
  await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expect(page.getByRole("textbox", { name: "Name (needed)" })).toHaveValue("Alex");
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Leave without saving" }).click();
  await expect(page.getByRole("button", { name: "Add someone to contact" })).toBeFocused();
  expect(await stored(page)).toEqual([]);
});

test("what the person learned in their experiments can be added to the plan, with links to them", async ({
  page,
}) => {
  await page.goto(PAGE);
  const experiments = part(page, "What I learned in treatment").locator(".rpp-from");
  await expect(experiments).toContainText("When you finish a behavioral experiment");
  const experiment = (id: string, fields: Record<string, unknown>) => ({
    id,
    kind: "experiment",
    createdAt: t(1),
    updatedAt: t(1),
    ...fields,
  });
  await put(
    page,
    [
      experiment("e1", {
        status: "done",
        belief: "If I send it after one read, people will think I'm careless",
        learned: "One read is usually enough.",
      }),
      experiment("e2", { belief: "I must reply at once" }),
    ],
    "goodenough:experiment-tracker",
  );
  await seed(page, [section("learned", "Rest helps my work.")]);
  await expect(experiments.getByRole("listitem")).toHaveCount(1);
  await expect(experiments).toContainText("(tested: If I send it after one read");
  await expect(
    experiments.getByRole("link", { name: "What your experiments show" }),
  ).toHaveAttribute("href", "/worksheets/experiment-tracker/insights/");
  await expect(
    experiments.getByRole("link", { name: "Your experiments", exact: true }),
  ).toHaveAttribute("href", "/worksheets/experiment-tracker/");
  await expectNoAxeViolations(page);

  await experiments
    .getByRole("button", { name: "Add to my plan: One read is usually enough." })
    .click();
  const learned = field(page, "What I learned in treatment");
  await expect(learned).toBeFocused();
  await expect(learned).toHaveValue("Rest helps my work.\nOne read is usually enough.");
  await expect(experiments.getByRole("status")).toHaveText("Added to your plan, on a new line.");
  await expect(experiments).toContainText("In your plan");
  expect((await stored(page)).find((r) => r.id === "learned")).toMatchObject({
    text: "Rest helps my work.\nOne read is usually enough.",
  });
});

test("a passed review date is flagged at the top, and choosing a new date saves it and clears the flag", async ({
  page,
}) => {
  await seed(page, [review("2020-01-06")]);
  const reminder = page.locator("main .notice").filter({ hasText: "Your review date passed" });
  await expect(reminder.first()).toBeVisible();
  await reminder.first().getByRole("link", { name: "Go to the review date" }).click();
  await expect(page).toHaveURL(/#rpp-review$/);
  const date = reviewDate(page);
  await expect(date).toHaveValue("2020-01-06");
  await expectNoAxeViolations(page);

  const before = new Date();
  await page.getByRole("button", { name: "In 3 months" }).click();
  await expect(part(page, "When I will review this plan").getByRole("status")).toContainText(
    /^Saved\. Your next review is in \d+ days\.$/,
  );
  await expect(reminder).toHaveCount(0);
  const saved = (await stored(page)).find((r) => r.id === "review")!.reviewDate as string;
  const [y, m] = saved.split("-").map(Number);
  expect(y! * 12 + m! - 1 - (before.getFullYear() * 12 + before.getMonth())).toBe(3);
  await expect(date).toHaveValue(saved);

  await date.fill("2031-05-04");
  await date.blur();
  await expect
    .poll(async () => (await stored(page)).find((r) => r.id === "review"))
    .toMatchObject({
      reviewDate: "2031-05-04",
    });
  await page.reload();
  await expect(reviewDate(page)).toHaveValue("2031-05-04");
});

test("the whole plan, written on the page, survives a reload and prints the person's words, contacts and the crisis lines on at most two pages", async ({
  page,
}) => {
  await page.goto(PAGE);
  await field(page, "What I'm protecting").fill("Evenings with my kids");
  await field(page, "My early warning signs").fill("Rereading emails\nStaying up late");
  await page.getByRole("button", { name: "Add someone to contact" }).click();
  await page.getByRole("textbox", { name: "Name (needed)" }).fill("Sam");
  await page.getByRole("textbox", { name: "Who they are to me (optional)" }).fill("sister");
  await page.getByRole("textbox", { name: "Phone number (optional)" }).fill("555 0100");
  await page.getByRole("button", { name: "Save this contact" }).click();
  await reviewDate(page).fill("2031-05-04");
  await expect(part(page, "When I will review this plan").getByRole("status")).toContainText(
    "Saved. Your next review is in",
  );
  await expect(page.getByText("4 of 8 parts have something in them.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("4 of 8 parts have something in them.")).toBeVisible();

  await page.getByRole("button", { name: "Print my plan" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "1");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByText("Evenings with my kids")).toBeVisible();
  await expect(page.locator(".rpp-text", { hasText: "Staying up late" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sam, sister" })).toBeVisible();
  await expect(page.getByText("555 0100")).toBeVisible();
  await expect(page.getByText("Next review: May 4, 2031")).toBeVisible();
  await expect(part(page, "Crisis lines")).toContainText("988");
  // The editing parts stay on screen.
  await expect(page.locator("textarea")).toHaveCount(6);
  for (const box of await page.locator("textarea, input").all()) await expect(box).toBeHidden();
  await expect(page.getByRole("heading", { name: "Your plan so far" })).toBeHidden();
  await expect(page.getByText("Examples", { exact: true }).first()).toBeHidden();
  await expect(page.getByRole("button", { name: "Edit Sam" })).toBeHidden();
  // Empty parts get lines to write on.
  await expect(part(page, "What I will do").locator(".rpp-lines")).toBeVisible();
  await expect(page.locator("footer")).toBeHidden();
  expect(await printedPages(page)).toBeLessThanOrEqual(2);
});

test("a blank copy prints cleanly, with the crisis lines, and passes axe", async ({ page }) => {
  await page.goto(PAGE);
  await page.getByRole("link", { name: "Get a blank copy to print" }).click();
  await expect(page).toHaveURL(`${PAGE}print/`);
  await expect(page.getByRole("heading", { name: "My relapse-prevention plan" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Phone number" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(
    page.getByRole("heading", { name: "Relapse-prevention plan: blank copy to print" }),
  ).toBeHidden();
  for (const title of ["What I'm protecting", "My early warning signs", "What to do after a lapse"])
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText("I will read this plan again on")).toBeVisible();
  await expect(page.getByRole("heading", { name: "If you need help right now" })).toBeVisible();
  expect(await printedPages(page)).toBeLessThanOrEqual(2);
});

test("a homework link adds the therapist's points below the client's own words, and a review date only if none is set", async ({
  page,
  browser,
}) => {
  const fields = await planBuilder(
    page,
    "Mistakes are information\n\n  Rest is part of the work  ",
    "Skipping lunch",
  );
  await expect(fields).toContainText("never in place of it");
  await fields.getByLabel("Suggested review date").fill("2031-02-01");
  await page.getByLabel("Your name, as your client knows you").fill("Dr. Rivera");
  await expectNoAxeViolations(page);
  const link = await makeLink(page);

  // One client has written some of the plan and chosen a review date; another has nothing yet.
  const client = await clientPage(browser);
  await seed(client, [section("learned", "Rest helps my work."), review("2030-12-01")]);
  await client.goto(link);
  await expect(client).toHaveURL(/\/worksheets\/relapse-prevention-plan\/homework\/$/);
  const banner = client.getByRole("region", { name: "Homework", exact: true });
  await expect(banner).toContainText("This link says it comes from Dr. Rivera");
  await expect(banner).toContainText("below anything you have written");
  await expectNoAxeViolations(client);
  await banner.getByRole("button", { name: "Add to my worksheet" }).click();
  await expect(banner).toContainText("Added to your worksheet");
  await client.getByRole("link", { name: "Open the relapse-prevention plan" }).click();
  await expect(field(client, "What I learned in treatment")).toHaveValue(
    "Rest helps my work.\nMistakes are information\nRest is part of the work",
  );
  await expect(field(client, "My early warning signs")).toHaveValue("Skipping lunch");
  await expect(reviewDate(client)).toHaveValue("2030-12-01");

  const fresh = await clientPage(browser);
  await fresh.goto(link);
  await fresh.getByRole("button", { name: "Add to my worksheet" }).click();
  await fresh.goto(PAGE);
  await expect(reviewDate(fresh)).toHaveValue("2031-02-01");
  await expect(field(fresh, "What I learned in treatment")).toHaveValue(
    "Mistakes are information\nRest is part of the work",
  );
  await fresh.goto(link);
  await expect(fresh.getByRole("region", { name: "Homework", exact: true })).toContainText(
    "You added this homework before",
  );
});

test("when a part of the plan is too full for the therapist's points, they are shown to copy in and that part is left as it was", async ({
  page,
  browser,
}) => {
  await planBuilder(page, "Mistakes are information\nRest is part of the work", "Skipping lunch");
  const link = await makeLink(page);

  const full = "a".repeat(3990);
  const client = await clientPage(browser);
  await seed(client, [section("learned", full)]);
  await client.goto(link);
  const banner = client.getByRole("region", { name: "Homework", exact: true });
  await banner.getByRole("button", { name: "Add to my worksheet" }).click();
  await expect(banner.getByRole("status")).toHaveText(
    "Added to your worksheet, apart from the points below.",
  );
  await expect(banner).toContainText(
    "would take “What I learned in treatment” past its length limit",
  );
  await expect(banner.getByRole("listitem")).toHaveText([
    "Mistakes are information",
    "Rest is part of the work",
  ]);
  await expectNoAxeViolations(client, "points left out");
  await client.goto(PAGE);
  await expect(field(client, "What I learned in treatment")).toHaveValue(full);
  await expect(field(client, "My early warning signs")).toHaveValue("Skipping lunch");
});

test("My data exports the plan; after deleting it, importing the file brings every part back", async ({
  page,
}) => {
  await seed(page, [
    section("coping", "Set a timer"),
    contact("c1", "Sam", { phone: "555 0100" }),
    review("2031-05-04"),
  ]);
  await page.goto("/my-data/");
  const row = page.getByRole("row", { name: /Relapse-prevention plan/ });
  await expect(row).toContainText("1 plan section written, 1 contact");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export everything" }).click();
  const file = await (await download).path();
  expect(
    JSON.parse(readFileSync(file, "utf8")).worksheets["relapse-prevention-plan"].records,
  ).toHaveLength(3);

  await page.getByRole("button", { name: "Delete Relapse-prevention plan" }).click();
  await page.getByRole("button", { name: /^Yes, delete/ }).click();
  await expect(row).toContainText("0 plan sections written, 0 contacts");

  await page.goto("/my-data/import/");
  await page.getByLabel("Choose an exported file").setInputFiles(file);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.goto("/my-data/");
  await expect(row).toContainText("1 plan section written, 1 contact");
  await page.goto(PAGE);
  await expect(field(page, "What I will do")).toHaveValue("Set a timer");
  await expect(page.getByRole("link", { name: "Call 555 0100" })).toBeVisible();
  await expect(reviewDate(page)).toHaveValue("2031-05-04");
});

test("the session summary lists the plan's parts and the contacts by name only", async ({
  page,
}) => {
  await seed(page, [
    section("protecting", "Evenings with my kids"),
    contact("c1", "Sam", { relationship: "sister", phone: "555 0100" }),
  ]);
  await page.goto("/my-data/summary/?worksheet=relapse-prevention-plan");
  await page.getByRole("checkbox", { name: /My relapse-prevention plan/ }).check();
  const preview = page.getByRole("region", { name: "Your summary" });
  await expect(preview).toContainText("Evenings with my kids");
  await expect(preview).toContainText("Sam (sister)");
  await expect(preview).not.toContainText("555 0100");
});

test("a part written in one tab appears in another", async ({ page, context }) => {
  await page.goto(PAGE);
  const other = await context.newPage();
  await other.goto(PAGE);
  await field(page, "What I'm protecting").fill("Weekends off");
  await field(page, "What I'm protecting").blur();
  await expect(field(other, "What I'm protecting")).toHaveValue("Weekends off");
});

test("when the browser blocks storage, the plan still works and says its words are kept on this page only", async ({
  page,
}) => {
  await blockStorage(page);
  await page.goto(PAGE);
  await expect(
    page.getByRole("status").filter({ hasText: "not letting the site save" }),
  ).toBeVisible();
  await field(page, "What I will do").fill("Check once, then send");
  await expect(part(page, "What I will do")).toContainText("Kept on this page only");
  await expect(page.getByText("1 of 8 parts have something in them.")).toBeVisible();
  await expectNoAxeViolations(page);
});
