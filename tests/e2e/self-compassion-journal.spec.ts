import { readFileSync } from "node:fs";
import { readStored } from "./support/seed";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test, type Browser, type Page } from "@playwright/test";

const PAGE = "/worksheets/self-compassion-journal/";
const EXERCISE = "/worksheets/self-compassion-journal/exercise/";
const BLANK = "/worksheets/self-compassion-journal/print/";
const HOMEWORK = "/worksheets/self-compassion-journal/homework/";
const KEY = "goodenough:self-compassion-journal";

/** A journal entry in its stored shape. */
const entry = (id: string, day: string, fields: Record<string, unknown> = {}) => ({
  id,
  kind: "entry",
  createdAt: `${day}T20:00:00.000Z`,
  updatedAt: `${day}T20:00:00.000Z`,
  day,
  whatHappened: "",
  whatISaid: "",
  whatIdSayToAFriend: "",
  strength: "",
  ...fields,
});

const typo = entry("typo", "2026-11-02", {
  whatHappened: "I sent the report with a typo and my manager pointed it out in the meeting.",
  whatISaid: "You are so careless. You always do this.",
  whatIdSayToAFriend: "Anyone could miss a typo. Be kind to yourself.",
  strength: "Patience",
});
const cafe = entry("cafe", "2026-10-20", {
  whatHappened: "Coffee at the café with Zoë. I worried I talked too much.",
  strength: "Kindness to myself afterwards",
});
const walk = entry("walk", "2026-11-10", { whatHappened: "A long walk after a hard day." });

async function seed(page: Page, records: Record<string, unknown>[]) {
  await page.goto(PAGE);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    KEY,
    JSON.stringify({ version: 2, records }),
  ] as const);
  await page.reload();
}

const openEntry = (page: Page, day: string) =>
  page.getByRole("button", { name: `Open the entry for ${day}` }).click();

/** Today on the browser's own calendar, YYYY-MM-DD. */
const localToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });

const stored = (page: Page) => readStored(page, KEY);

// Several tests run axe in two themes, which is slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

const status = (page: Page) => page.locator(".ws-message");
const cards = (page: Page) => page.locator(".ws-list > li");
const listHeading = (page: Page) =>
  page.getByRole("heading", { name: "Your entries", exact: true });
const search = (page: Page) => page.getByRole("searchbox", { name: "Search your entries" });

test.beforeEach(async ({ page }) => {
  // Printing opens a dialog; count the calls instead.
  await page.addInitScript(() => {
    window.print = () => {
      document.body.dataset.printed = String(Number(document.body.dataset.printed ?? 0) + 1);
    };
  });
});

test.describe("the journal", () => {
  test("the empty journal invites a first entry, cites its source, and passes axe", async ({
    page,
  }) => {
    await page.goto(PAGE);
    await expect(listHeading(page)).toBeVisible();
    await expect(page.getByText("No entries yet.")).toBeVisible();
    await expect(search(page)).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Neff, 2003" })).toHaveAttribute(
      "href",
      "/references/#ref-neff2003",
    );
    await expectNoAxeViolations(page);
  });

  test("write an entry from start to finish: it is saved, listed by month, newest first, and survives a reload", async ({
    page,
  }) => {
    await seed(page, [cafe]);
    await page.getByRole("button", { name: "Write a new entry" }).click();
    await expect(page.getByRole("heading", { name: "Write a new entry" })).toBeFocused();
    // The date starts as today, on the person's own calendar.
    const today = await localToday(page);
    await expect(page.getByLabel("Date")).toHaveValue(today);
    await expect(page.getByLabel("What happened")).toHaveAccessibleDescription(
      /Describe it plainly/,
    );
    await expectNoAxeViolations(page);

    await page.getByLabel("Date").fill("2026-11-12");
    await page.getByLabel("What happened").fill("I forgot to reply to a friend's message.");
    await page.getByLabel("What I said to myself").fill("You are a terrible friend.");
    await page
      .getByLabel("What I would say to a friend")
      .fill("Everyone forgets sometimes. You can reply now.");
    await page.getByLabel("One strength I used today").fill("Honesty");
    await page.getByRole("button", { name: "Save entry" }).click();

    await expect(status(page)).toHaveText(
      "Saved. Thank you for taking a few minutes for yourself.",
    );
    await expect(page.getByRole("heading", { name: "Thu, Nov 12, 2026" })).toBeFocused();
    await expect(page.locator(".scj h3")).toHaveText(["November 2026", "October 2026"]);
    await expect(cards(page).first()).toContainText("I forgot to reply to a friend's message.");

    await page.reload();
    await expect(cards(page)).toHaveCount(2);
    await openEntry(page, "Thu, Nov 12, 2026");
    await expect(page.getByRole("heading", { name: "Thu, Nov 12, 2026" })).toBeFocused();
    const answers = page.locator(".scj-answers");
    await expect(answers).toContainText("You are a terrible friend.");
    await expect(answers).toContainText("Everyone forgets sometimes. You can reply now.");
    await expect(answers).toContainText("Honesty");
    await expectNoAxeViolations(page);

    const saved = (await stored(page)).records.find((r) => r.id !== "cafe");
    expect(saved).toMatchObject({
      kind: "entry",
      day: "2026-11-12",
      whatISaid: "You are a terrible friend.",
      strength: "Honesty",
    });
  });

  test("an entry with nothing written, or no date, is explained next to the field and nothing typed is lost", async ({
    page,
  }) => {
    await page.goto(PAGE);
    await page.getByRole("button", { name: "Write a new entry" }).click();
    await page.getByLabel("Date").fill("");
    await page.getByRole("button", { name: "Save entry" }).click();

    const date = page.getByLabel("Date");
    await expect(date).toBeFocused();
    await expect(date).toHaveAttribute("aria-invalid", "true");
    await expect(date).toHaveAccessibleDescription("Pick a date from the calendar.");
    await expect(status(page)).toHaveText(
      "Nothing is saved yet: 2 things need a small change. The message is next to each one.",
    );
    const happened = page.getByLabel("What happened");
    await expect(happened).toHaveAccessibleDescription(
      /Write a little for at least one of the prompts/,
    );
    await expectNoAxeViolations(page);

    await date.fill("2026-11-20");
    await expect(date).not.toHaveAttribute("aria-invalid", "true");
    await page.getByRole("button", { name: "Save entry" }).click();
    await expect(happened).toBeFocused();
    await expect(happened).toHaveAttribute("aria-invalid", "true");

    // Too long: the message is next to the answer, and nothing is cut.
    const long = `${"a".repeat(1997)} over the top`;
    await page.getByLabel("What I said to myself").fill(long);
    await expect(page.getByText("10 characters over the limit")).toBeVisible();
    await page.getByRole("button", { name: "Save entry" }).click();
    const said = page.getByLabel("What I said to myself");
    await expect(said).toBeFocused();
    await expect(said).toHaveAccessibleDescription(/Limit reached: this is 10 characters over/);
    await expect(said).toHaveValue(long);
    await expect(happened).not.toHaveAttribute("aria-invalid", "true");
    expect((await stored(page)).records).toEqual([]);

    await said.fill("Too much.");
    await page.getByRole("button", { name: "Save entry" }).click();
    await expect(status(page)).toContainText("Saved.");
    expect((await stored(page)).records).toMatchObject([
      { day: "2026-11-20", whatISaid: "Too much." },
    ]);
  });

  test("editing keeps the entry, and leaving with unsaved words asks first", async ({ page }) => {
    await seed(page, [typo]);
    await openEntry(page, "Mon, Nov 2, 2026");
    await page.getByRole("button", { name: "Edit" }).click();
    await expect(page.getByRole("heading", { name: "Edit this entry" })).toBeFocused();
    await expect(page.getByLabel("One strength I used today")).toHaveValue("Patience");
    await page.getByLabel("One strength I used today").fill("Patience, and asking for help");

    await page.getByRole("button", { name: "Cancel" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText("Leave without saving?");
    await expect(dialog.getByRole("button", { name: "Leave without saving" })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
    await expect(page.getByLabel("One strength I used today")).toHaveValue(
      "Patience, and asking for help",
    );

    await page.getByRole("button", { name: "Save entry" }).click();
    await expect(status(page)).toHaveText("Saved your changes.");
    await expect(page.getByRole("heading", { name: "Mon, Nov 2, 2026" })).toBeFocused();
    const [record] = (await stored(page)).records;
    expect(record).toMatchObject({
      id: "typo",
      strength: "Patience, and asking for help",
      whatISaid: "You are so careless. You always do this.",
    });
    expect(record!.updatedAt).not.toBe(record!.createdAt);
  });

  test("deleting an entry asks first, naming it, and “Keep it” changes nothing", async ({
    page,
  }) => {
    await seed(page, [typo, walk]);
    await openEntry(page, "Mon, Nov 2, 2026");
    await page.getByRole("button", { name: "Delete" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText("Delete this entry?");
    await expect(dialog).toContainText("The entry for Mon, Nov 2, 2026");
    await expect(dialog.getByRole("button", { name: "Yes, delete it" })).toBeFocused();
    await dialog.getByRole("button", { name: "Keep it" }).click();
    await expect(page.getByRole("button", { name: "Delete" })).toBeFocused();
    expect((await stored(page)).records).toHaveLength(2);

    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(page.locator(".ws-undo")).toContainText("Deleted the entry for Mon, Nov 2, 2026.");
    await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
    await expect(cards(page)).toHaveCount(1);
    await expect(cards(page)).toContainText("A long walk after a hard day.");
    const records = (await stored(page)).records;
    expect(records.find((r) => r.id === "typo")).toMatchObject({ deleted: true });
  });
});

test.describe("saved data", () => {
  test("unreadable saved entries are set aside with a kind notice, and the journal starts fresh", async ({
    page,
  }) => {
    await page.goto(PAGE);
    await page.evaluate((key) => localStorage.setItem(key, "{not json"), KEY);
    await page.reload();
    await expect(page.getByRole("status").filter({ hasText: "could not be read" })).toBeVisible();
    await expect(page.getByText("No entries yet.")).toBeVisible();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((k) => k.startsWith("goodenough:quarantine:self-compassion-journal:"))).toBe(
      true,
    );
  });

  test("an entry saved in one tab appears in another", async ({ page, context }) => {
    await page.goto(PAGE);
    const other = await context.newPage();
    await other.goto(PAGE);
    await page.getByRole("button", { name: "Write a new entry" }).click();
    await page.getByLabel("Date").fill("2026-11-12");
    await page.getByLabel("One strength I used today").fill("Showing up");
    await page.getByRole("button", { name: "Save entry" }).click();
    await expect(cards(other)).toHaveCount(1);
    await expect(cards(other)).toContainText("Showing up");
  });
});

test.describe("searching the journal", () => {
  test("finds entries by word, marks and counts the matches, says when none match, and clearing shows all", async ({
    page,
  }) => {
    await seed(page, [typo, cafe, walk]);
    const count = page.locator(".scj-count");
    await expect(count).toHaveText("3 entries in all.");

    await search(page).fill("kind");
    await expect(count).toHaveText("2 entries match “kind”.");
    await expect(cards(page)).toHaveCount(2);
    await expect(page.locator(".ws-list mark")).toHaveText(["kind", "Kind"]);
    await expect(cards(page).first()).toContainText("What I would say to a friend:");
    await expectNoAxeViolations(page);

    // Case and accents don't matter.
    await search(page).fill("CAFE zoe");
    await expect(count).toHaveText("1 entry matches “CAFE zoe”.");
    await expect(page.locator(".ws-list mark")).toHaveText(["café", "Zoë"]);

    await search(page).fill("holiday");
    await expect(count).toHaveText(
      "No entries match “holiday”. Try a different or shorter word, or clear the search to see all your entries.",
    );
    await expect(cards(page)).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Clear the search" }).click();
    await expect(search(page)).toBeFocused();
    await expect(search(page)).toHaveValue("");
    await expect(count).toHaveText("3 entries in all.");
    await expect(page.locator(".ws-list h4")).toHaveText([
      "Tue, Nov 10, 2026",
      "Mon, Nov 2, 2026",
      "Tue, Oct 20, 2026",
    ]);
    await expect(page.locator(".ws-list mark")).toHaveCount(0);
  });
});

test.describe("years of entries", () => {
  test("the list opens with the newest 50 and shows older ones on request, while the count covers all", async ({
    page,
  }) => {
    // 120 entries, one a day from January 1, 2026.
    const many = Array.from({ length: 120 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
      return entry(`e${i}`, day, { whatHappened: `Day ${i + 1}` });
    });
    await seed(page, many);
    await expect(page.locator(".scj-count")).toHaveText("120 entries in all.");
    await expect(cards(page)).toHaveCount(50);
    await expect(cards(page).first()).toContainText("Day 120");
    await page.getByRole("button", { name: "Show 50 older entries" }).click();
    await expect(cards(page)).toHaveCount(100);
    await page.getByRole("button", { name: "Show 20 older entries" }).click();
    await expect(cards(page)).toHaveCount(120);
    await expect(cards(page).last()).toContainText("Day 1");
    await expect(page.getByRole("button", { name: /older entr/ })).toHaveCount(0);
    await expect(listHeading(page)).toBeFocused();
  });
});

test.describe("printing", () => {
  test("the chosen entries print on their own, without the page around them", async ({ page }) => {
    await seed(page, [typo, cafe, walk]);
    await page.getByRole("button", { name: "Print entries" }).click();
    await expect(page.getByRole("heading", { name: "Print your entries" })).toBeFocused();
    const picks = page.getByRole("group", { name: "Entries to print" }).getByRole("checkbox");
    await expect(picks).toHaveCount(3);
    for (const box of await picks.all()) await expect(box).toBeChecked();
    await page.getByRole("checkbox", { name: /Tue, Oct 20, 2026/ }).uncheck();
    await expect(page.getByText("2 entries chosen.")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Print the chosen entries" }).click();
    await expect(page.locator("body")).toHaveAttribute("data-printed", "1");

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Print your entries" })).toBeHidden();
    await expect(picks.first()).toBeHidden();
    await expect(page.getByRole("heading", { name: "Mon, Nov 2, 2026" })).toBeVisible();
    const printout = page.locator(".scj-printout");
    await expect(printout.getByText("You are so careless. You always do this.")).toBeVisible();
    await expect(printout.getByText("A long walk after a hard day.")).toBeVisible();
    await expect(printout.getByText(/Coffee at the café/)).toHaveCount(0);
    await expect(page.getByText(/Coffee at the café/)).toBeHidden();
    await expect(page.getByText("Good Enough: Self-compassion journal")).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    // With nothing chosen, printing says so and leads back to the list.
    await page.getByRole("button", { name: "Choose none" }).click();
    await expect(page.getByText("Choose at least one entry to print.")).toBeVisible();
    await page.getByRole("button", { name: "Print the chosen entries" }).click();
    await expect(picks.first()).toBeFocused();
    await expect(page.locator("body")).toHaveAttribute("data-printed", "1");
  });

  test("printing one entry prints just that entry, without buttons or navigation", async ({
    page,
  }) => {
    await seed(page, [typo, walk]);
    await openEntry(page, "Mon, Nov 2, 2026");
    await page.getByRole("button", { name: "Print this entry" }).click();
    await expect(page.locator("body")).toHaveAttribute("data-printed", "1");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Mon, Nov 2, 2026" })).toBeVisible();
    await expect(page.getByText("Anyone could miss a typo. Be kind to yourself.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Edit" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Back to all entries" })).toBeHidden();
    await expect(page.getByText("A long walk after a hard day.")).toHaveCount(0);
  });

  test("the blank copy is a clean page with the four prompts, and prints without the site around it", async ({
    page,
  }) => {
    await page.goto(PAGE);
    await page.getByRole("link", { name: "Print a blank copy" }).click();
    await expect(page).toHaveURL(BLANK);
    const sheet = page.locator(".blank-page");
    await expect(sheet.getByRole("heading", { name: "Self-compassion journal" })).toBeVisible();
    await expect(sheet.getByRole("heading", { level: 3 })).toHaveText([
      "1. What happened",
      "2. What I said to myself",
      "3. What I would say to a friend",
      "4. One strength I used today",
    ]);
    expect(await page.locator("script[src], astro-island").count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("heading", { name: /blank copy to print/ })).toBeHidden();
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText("Date");
  });
});

/** A fresh browser profile: the client's own device. */
async function clientPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test.describe("homework", () => {
  test("a therapist's prompt becomes a new entry for today, added once, and nothing the client wrote changes", async ({
    page,
    browser,
  }) => {
    await page.goto("/for-therapists/");
    await page.getByRole("radio", { name: "Self-compassion journal" }).check();
    const prefill = page.getByRole("group", {
      name: "3. Suggest something to write about (optional)",
    });
    await expect(prefill).toBeVisible();
    await page.getByLabel("Your name, as your client knows you").fill("Dr. Rivera");
    await page
      .getByLabel("A moment or theme for your client's journal entry")
      .fill("  A time this week you felt you fell short.  ");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Make the link" }).click();
    const link = await page.getByLabel("Link to send").inputValue();
    expect(link).toMatch(/\/worksheets\/self-compassion-journal\/#hw=/);

    const client = await clientPage(browser);
    await seed(client, [typo]);
    await client.goto(link);
    // The journal hands the link to its homework page.
    await expect(client).toHaveURL(HOMEWORK);
    const banner = client.getByRole("region", { name: "Homework", exact: true });
    await expect(banner).toContainText("This link says it comes from Dr. Rivera");
    await expect(banner).toContainText("a new journal entry for today");
    await expectNoAxeViolations(client);
    await banner.getByRole("button", { name: "Add to my worksheet" }).click();
    await expect(banner).toContainText("Added to your worksheet");
    await expectNoAxeViolations(client);

    await client.getByRole("link", { name: "Open the self-compassion journal" }).click();
    await expect(client).toHaveURL(PAGE);
    const today = await localToday(client);
    const records = (await stored(client)).records;
    expect(records).toHaveLength(2);
    expect(records[0]).toEqual(typo);
    expect(records[1]).toMatchObject({
      day: today,
      whatHappened: "Prompt from Dr. Rivera: A time this week you felt you fell short.",
      homeworkId: expect.any(String),
    });

    const card = cards(client).filter({ hasText: "Prompt from Dr. Rivera" });
    await expect(card).toContainText("Homework from your therapist, ready for you to write");
    await expectNoAxeViolations(client);
    await card.getByRole("button", { name: /^Write this entry/ }).click();
    await expect(client.getByRole("heading", { name: "Edit this entry" })).toBeFocused();
    const happened = client.getByLabel("What happened");
    await expect(happened).toHaveValue(
      "Prompt from Dr. Rivera: A time this week you felt you fell short.",
    );
    await happened.press("End");
    await client.keyboard.type("\nI missed a deadline and said sorry too many times.");
    await client
      .getByLabel("What I would say to a friend")
      .fill("One late thing is not a failure.");
    await client.getByRole("button", { name: "Save entry" }).click();
    await expect(status(client)).toHaveText("Saved your changes.");
    const written = cards(client).filter({ hasText: "Prompt from Dr. Rivera" });
    await expect(written).toContainText("Homework from your therapist");
    await expect(written).not.toContainText("ready for you to write");
    await expect(written.getByRole("button", { name: /^Open the entry for/ })).toBeVisible();

    // The same link again adds nothing.
    await client.goto(link);
    await expect(client.getByRole("region", { name: "Homework", exact: true })).toContainText(
      "You added this homework before",
    );
    expect((await stored(client)).records).toHaveLength(2);
  });
});

test.describe("my data", () => {
  test("export, delete, then import brings every journal entry back", async ({ page }) => {
    await seed(page, [typo, cafe]);
    await page.goto("/my-data/");
    const row = page.getByRole("row", { name: /Self-compassion journal/ });
    await expect(row).toContainText("2 journal entries");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export everything" }).click();
    const file = await download;
    const exported = JSON.parse(readFileSync(await file.path(), "utf8"));
    expect(exported.worksheets["self-compassion-journal"].records).toHaveLength(2);

    await page.getByRole("button", { name: "Delete everything" }).click();
    await page.getByRole("button", { name: "Yes, delete everything" }).click();
    await expect(row).toContainText("0 journal entries");
    await page.goto(PAGE);
    await expect(page.getByText("No entries yet.")).toBeVisible();

    await page.goto("/my-data/import/");
    await page.getByLabel("Choose an exported file").setInputFiles(await file.path());
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.goto("/my-data/");
    await expect(row).toContainText("2 journal entries");
    await page.goto(PAGE);
    await expect(page.locator(".ws-list h4")).toHaveText(["Mon, Nov 2, 2026", "Tue, Oct 20, 2026"]);
    const back = (await stored(page)).records;
    expect(back).toHaveLength(2);
    expect(back).toEqual(expect.arrayContaining([typo, cafe]));
  });

  test("the session summary offers each entry, with its answers", async ({ page }) => {
    await seed(page, [typo]);
    await page.goto("/my-data/summary/?worksheet=self-compassion-journal");
    await page.getByRole("checkbox", { name: /Journal: I sent the report/ }).check();
    const preview = page.getByRole("region", { name: "Your summary" });
    await expect(preview).toContainText("What I would say to a friend");
    await expect(preview).toContainText("Anyone could miss a typo. Be kind to yourself.");
  });
});

/**
 * The longest animation or transition on the page, in ms. Under reduced
 * motion the site shortens any transition to 0.01 ms, so nothing visibly moves.
 */
const longestAnimation = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...document.getAnimations().map((a) => Number(a.effect?.getTiming().duration) || 0),
    ),
  );

test.describe("the kindness exercise", () => {
  test("the script reads as plain text without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(EXERCISE);
    await expect(
      page.getByRole("heading", { name: "A few minutes of kindness", level: 1 }),
    ).toBeVisible();
    const steps = page.locator(".scj-script > li");
    await expect(steps).toHaveCount(13);
    await expect(steps.first()).toContainText("Find a way to sit or lie down");
    await expect(steps.first()).toContainText("(about 20 seconds)");
    // The timer is optional help: without JavaScript it is simply not there.
    await expect(page.getByRole("button", { name: "Start the timer" })).toHaveCount(0);
    await context.close();
  });

  test("the journal page links to the exercise, and the exercise passes axe", async ({ page }) => {
    await page.goto(PAGE);
    await page.getByRole("link", { name: "A few minutes of kindness" }).click();
    await expect(page).toHaveURL(EXERCISE);
    await expect(page.getByRole("button", { name: "Start the timer" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("the timer keeps wall-clock time, says each step once, and can pause, skip and reset", async ({
    page,
  }) => {
    await page.clock.install();
    await page.goto(EXERCISE);
    await expect(page.getByRole("button", { name: "Start the timer" })).toBeVisible();
    // Every text the polite status region is given, in order.
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      const region = document.querySelector(".scj-timer [role=status]")!;
      // An empty region says nothing; every text it holds is spoken.
      new MutationObserver(() => region.textContent && said.push(region.textContent)).observe(
        region,
        {
          childList: true,
          characterData: true,
          subtree: true,
        },
      );
    });
    const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
    const steps = page.locator(".scj-script > li");
    const current = page.locator('.scj-script > li[aria-current="step"]');
    const clock = page.locator(".scj-timer-clock");

    await page.getByRole("button", { name: "Start the timer" }).click();
    await expect(page.getByRole("button", { name: "Pause" })).toBeFocused();
    await expect(current).toHaveCount(1);
    await expect(steps.nth(0)).toHaveAttribute("aria-current", "step");
    await expect(clock).toHaveText("0:20 left in this step");

    // Seconds pass on screen, but nothing more is said within a step.
    await page.clock.runFor(5_000);
    await expect(clock).toHaveText("0:15 left in this step");
    await page.clock.runFor(16_000);
    await expect(steps.nth(1)).toHaveAttribute("aria-current", "step");
    expect(await said()).toEqual([
      "Step 1 of 13: Find a way to sit or lie down that feels comfortable. Keep your eyes open or closed, whichever feels better.",
      "Step 2 of 13: Notice where your body touches the chair, the bed or the floor. Let it hold your weight for a moment.",
    ]);

    // A background tab runs no timers; the time read on return is still right.
    await page.clock.setSystemTime((await page.evaluate(() => Date.now())) + 45_000);
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    await expect(steps.nth(3)).toHaveAttribute("aria-current", "step");
    await expect(page.getByText("Step 4 of 13", { exact: true })).toBeVisible();
    expect((await said()).slice(2)).toEqual([
      "Step 4 of 13: Look around and name, silently, a few things you can see. Then a few things you can hear. There are no wrong answers.",
    ]);

    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByRole("button", { name: "Resume" })).toBeFocused();
    const paused = await clock.textContent();
    expect(paused).toMatch(/^Paused\. Take as long as you need\. 0:\d\d left in this step$/);
    await page.clock.runFor(60_000);
    await expect(clock).toHaveText(paused!);
    await expect(steps.nth(3)).toHaveAttribute("aria-current", "step");

    await page.getByRole("button", { name: "Next step" }).click();
    await expect(steps.nth(4)).toHaveAttribute("aria-current", "step");
    await expect(clock).toContainText("0:25 left in this step");
    await page.getByRole("button", { name: "Previous step" }).click();
    await expect(steps.nth(3)).toHaveAttribute("aria-current", "step");
    await page.getByRole("button", { name: "Resume" }).click();
    await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();

    await page.getByRole("button", { name: "Reset" }).click();
    await expect(current).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Start the timer" })).toBeVisible();
    expect((await said()).slice(3)).toEqual([
      "Timer paused.",
      "Step 5 of 13: Notice how you feel right now, without needing to change it. If something feels heavy, you can simply say to yourself: this is hard right now.",
      "Step 4 of 13: Look around and name, silently, a few things you can see. Then a few things you can hear. There are no wrong answers.",
      "Timer reset to the first step.",
    ]);
  });

  test("the timer rests at the end, says so once, and nothing on the page animates", async ({
    page,
  }) => {
    await page.clock.install();
    await page.goto(EXERCISE);
    await page.getByRole("button", { name: "Start the timer" }).click();
    await page.clock.runFor(30_000);
    expect(await longestAnimation(page)).toBeLessThanOrEqual(0.01);
    await page.clock.fastForward(10 * 60_000);
    await expect(page.locator(".scj-timer-clock")).toHaveText(
      "That's the end of the exercise. Take a moment before you carry on with your day.",
    );
    await expect(page.locator(".scj-timer [role=status]")).toHaveText("The exercise is finished.");
    await expect(page.getByRole("button", { name: "Start again" })).toBeFocused();
    expect(await longestAnimation(page)).toBeLessThanOrEqual(0.01);
    const transitions = await page.evaluate(() =>
      [...document.querySelectorAll(".scj-timer button, .scj-script li")].map(
        (el) => getComputedStyle(el).transitionDuration,
      ),
    );
    expect(transitions.every((d) => d.split(",").every((x) => parseFloat(x) <= 0.001))).toBe(true);
    await expectNoAxeViolations(page);
  });
});
