import { readFileSync } from "node:fs";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { expectNoAxeViolations as axeCheck } from "./support/axe";
import { blockStorage } from "./support/seed";

const URL = "/worksheets/goal-planner/";
const WEEK_URL = "/worksheets/goal-planner/week/";
/** A Thursday morning in the browser's own time zone: "today" for these tests. */
const MORNING = new Date(2026, 10, 26, 9, 0);
const TODAY = "Today, Thu, Nov 26, 2026";

async function expectNoAxeViolations(page: Page, state: string) {
  // axe takes a while on a long page; give it room on a busy machine.
  test.setTimeout(120_000);
  await axeCheck(page, state);
}

async function open(page: Page, context: BrowserContext = page.context()) {
  await context.clock.install({ time: MORNING });
  await page.goto(URL);
  await expect(page.getByRole("heading", { level: 2, name: TODAY })).toBeVisible();
}

/** Follows the "Week and history" tab to the week chart and the history. */
async function openWeek(page: Page) {
  await page
    .getByRole("navigation", { name: "Goal planner views" })
    .getByRole("link", { name: "Week and history" })
    .click();
  await expect(page).toHaveURL(new RegExp(`${WEEK_URL}$`));
  await expect(page.getByRole("heading", { level: 2, name: /^The week of / })).toBeVisible();
}

const addForm = (page: Page) => page.getByRole("region", { name: /^(Add a goal|Plan this)/ });
const goalCard = (page: Page, task: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: task }) });

async function addGoal(
  page: Page,
  task: string,
  finish: string,
  minutes?: number,
  lettingGo?: string,
) {
  const form = addForm(page);
  await form.getByLabel("The task").fill(task);
  await form.getByLabel("Good enough looks like…").fill(finish);
  if (minutes !== undefined) await form.getByLabel("Time box, in minutes").fill(String(minutes));
  if (lettingGo) await form.getByLabel("What I'm letting go of").fill(lettingGo);
  await form.getByRole("button", { name: "Add goal" }).click();
}

const GOALS: [string, string, number][] = [
  ["Email the landlord", "Three sentences, one read-through, then send.", 15],
  ["Draft the report summary", "A rough outline with the three main points.", 45],
  ["Tidy the desk", "The desk surface only, not the drawers.", 20],
];

async function planThree(page: Page) {
  for (const [task, finish, minutes] of GOALS) {
    await addGoal(page, task, finish, minutes);
    await expect(page.getByRole("heading", { level: 3, name: task })).toBeFocused();
  }
}

test.describe("Good-enough goal planner", () => {
  test("plans a day of three goals with finish lines and time boxes", async ({ page }) => {
    await open(page);
    await expectNoAxeViolations(page, "empty");

    await page.getByLabel("Time I have for goals on this day, in minutes").fill("60");
    await page.getByLabel("Time I have for goals on this day, in minutes").press("Tab");
    await planThree(page);

    await expect(page.getByRole("heading", { name: "Goals for today (3 of 3)" })).toBeVisible();
    const card = goalCard(page, "Draft the report summary");
    await expect(card).toContainText("A rough outline with the three main points.");
    await expect(card).toContainText("45 min");
    await expect(card.getByRole("radio", { name: "Planned" })).toBeChecked();
    // 15 + 45 + 20 minutes is 20 minutes more than the hour available: said, not blocked.
    await expect(
      page.getByText(/add up to 1 h 20 min, which is 20 min more than the 1 h you have/),
    ).toBeVisible();
    await expectNoAxeViolations(page, "planned");
  });

  test("says kindly why not a 4th goal at the default limit, and can park it instead", async ({
    page,
  }) => {
    await open(page);
    await planThree(page);
    await addGoal(page, "Reorganize the bookshelf", "Only the top shelf.", 30);

    const note = page.getByRole("group", { name: "About your daily limit" });
    await expect(note).toBeFocused();
    await expect(note).toContainText("You already have 3 goals for today, and your limit is 3.");
    await expect(note).toContainText("park it for another day");
    await expect(
      page.getByRole("heading", { level: 3, name: "Reorganize the bookshelf" }),
    ).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Goals for today (3 of 3)" })).toBeVisible();

    await note.getByRole("button", { name: "Park it for another day" }).click();
    const parked = page.getByRole("list", { name: "Parked" });
    await expect(parked).toContainText("Reorganize the bookshelf");
    await expect(parked).toContainText("Only the top shelf.");
    await expect(page.getByRole("heading", { name: "Parked for another day" })).toBeFocused();
    await expect(addForm(page).getByLabel("The task")).toHaveValue("");

    // With a limit of 4, the parked item can come back as a goal for today.
    await page.getByLabel("Goals a day").selectOption("4");
    await parked.getByRole("button", { name: "Plan it for today" }).click();
    await expect(addForm(page).getByLabel("The task")).toHaveValue("Reorganize the bookshelf");
    await addForm(page).getByRole("button", { name: "Add goal" }).click();
    await expect(page.getByRole("heading", { name: "Goals for today (4 of 4)" })).toBeVisible();
    await expect(page.getByText("Nothing parked.")).toBeVisible();
  });

  test("marks the states, reflects, and finds everything after a reload, with the week chart", async ({
    page,
  }) => {
    await open(page);
    await planThree(page);
    await goalCard(page, "Email the landlord")
      .getByRole("radio", { name: "Done: good enough" })
      .check();
    await expect(page.getByText(/Stopping at your finish line is the skill/)).toBeVisible();
    await goalCard(page, "Draft the report summary")
      .getByRole("radio", { name: "Partly done" })
      .check();
    await goalCard(page, "Tidy the desk")
      .getByRole("radio", { name: "Let go, on purpose" })
      .check();

    // The reflection is written on its own page, reached from Today.
    await page.getByRole("link", { name: "Reflect on this day" }).click();
    await expect(page).toHaveURL(/\/worksheets\/goal-planner\/reflect\//);
    const reflect = page.getByRole("region", { name: "End-of-day reflection for today" });
    await expectNoAxeViolations(page, "reflect, empty");
    await reflect
      .getByLabel("What happened when I stopped at good enough?")
      .fill("Nobody mentioned the email's wording.");
    await reflect
      .getByLabel("What did perfectionism predict, and what actually happened?")
      .fill("It said the landlord would be annoyed. He said thanks.");
    await reflect
      .getByRole("group", { name: "Anxiety now" })
      .getByRole("radio", { name: "4" })
      .check();
    await reflect
      .getByRole("group", { name: "Satisfaction with the day" })
      .getByRole("radio", { name: "7" })
      .check();
    await reflect.getByRole("button", { name: "Save reflection" }).click();
    await expect(reflect.getByRole("status")).toContainText("Reflection saved");
    await expectNoAxeViolations(page, "reflected");

    await page.reload();
    await expect(reflect.getByLabel("What happened when I stopped at good enough?")).toHaveValue(
      "Nobody mentioned the email's wording.",
    );
    await expect(
      reflect.getByRole("group", { name: "Anxiety now" }).getByRole("radio", { name: "4" }),
    ).toBeChecked();

    await page.getByRole("link", { name: "Today" }).click();
    await expect(page.getByRole("heading", { level: 2, name: TODAY })).toBeVisible();
    await expect(
      page.getByText("You reflected on today. Anxiety 4 of 10, satisfaction 7 of 10."),
    ).toBeVisible();
    await expect(
      goalCard(page, "Email the landlord").getByRole("radio", { name: "Done: good enough" }),
    ).toBeChecked();
    await expect(
      goalCard(page, "Draft the report summary").getByRole("radio", { name: "Partly done" }),
    ).toBeChecked();
    await expect(
      goalCard(page, "Tidy the desk").getByRole("radio", { name: "Let go, on purpose" }),
    ).toBeChecked();
    await expect(goalCard(page, "Tidy the desk")).toContainText("The desk surface only");

    // The week chart's table has the day: 1 good enough, 1 partly done, 1 let go, none still
    // planned, 3 set; anxiety 4, satisfaction 7.
    await openWeek(page);
    await expect(page.getByRole("link", { name: "Week and history", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    const goalsTable = page.getByRole("table", { name: /How your goals ended/ });
    await expect(goalsTable.getByRole("row", { name: /Thu, Nov 26/ })).toHaveText(
      /Thu, Nov 26, 2026\s*1\s*1\s*1\s*0\s*3/,
    );
    const feelTable = page.getByRole("table", { name: /Anxiety and satisfaction/ });
    await expect(feelTable.getByRole("row", { name: /Thu, Nov 26/ })).toHaveText(
      /Thu, Nov 26, 2026\s*4\s*7/,
    );
    await expect(page.getByRole("img", { name: /How your goals ended/ })).toBeVisible();

    // The history lists the day with its summary, and leads back to it.
    const history = page.getByRole("region", { name: "History" });
    await expect(history).toContainText("3 goals, 1 done: good enough; reflection written");
    await expectNoAxeViolations(page, "week, reflected");
    await history.getByRole("link", { name: "Thu, Nov 26, 2026 (today)" }).click();
    await expect(page).toHaveURL(/\/worksheets\/goal-planner\/\?day=2026-11-26$/);
    await expect(page.getByRole("heading", { level: 2, name: TODAY })).toBeVisible();
    await expect(
      goalCard(page, "Tidy the desk").getByRole("radio", { name: "Let go, on purpose" }),
    ).toBeChecked();
  });

  test("the week page is ready before anything is planned, and moves by week", async ({ page }) => {
    await page.clock.install({ time: MORNING });
    await page.goto(WEEK_URL);
    await expect(
      page.getByRole("heading", { level: 2, name: "The week of Nov 23, 2026" }),
    ).toBeVisible();
    await expect(page.getByText("Days you plan or reflect on will be listed here.")).toBeVisible();
    const goalsTable = page.getByRole("table", { name: /How your goals ended/ });
    await expect(goalsTable.getByRole("row", { name: /Thu, Nov 26, 2026/ })).toBeVisible();
    await expectNoAxeViolations(page, "week, empty");
    await page.getByRole("button", { name: "Next week" }).click();
    await expect(
      page.getByRole("heading", { level: 2, name: "The week of Nov 30, 2026" }),
    ).toBeVisible();
    await page.goto(`${WEEK_URL}?day=2026-11-02`);
    await expect(
      page.getByRole("heading", { level: 2, name: "The week of Nov 2, 2026" }),
    ).toBeVisible();
    await page.getByRole("link", { name: "Today", exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: TODAY })).toBeVisible();
  });

  test("keeps both goals when each of two tabs adds one", async ({ context }) => {
    await context.clock.install({ time: MORNING });
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(URL);
    await second.goto(URL);
    await addGoal(first, "Call the dentist", "Book any slot this month.", 10);
    await addGoal(second, "Return the library books", "Drop them in the box.", 15);
    // Each tab also sees the other's goal without reloading.
    await expect(
      first.getByRole("heading", { level: 3, name: "Return the library books" }),
    ).toBeVisible();
    await expect(second.getByRole("heading", { level: 3, name: "Call the dentist" })).toBeVisible();
    await first.reload();
    await second.reload();
    for (const tab of [first, second]) {
      await expect(tab.getByRole("heading", { level: 3, name: "Call the dentist" })).toBeVisible();
      await expect(
        tab.getByRole("heading", { level: 3, name: "Return the library books" }),
      ).toBeVisible();
    }
  });

  test("prints the day as a clean plan, and a blank copy, without the navigation", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.print = () => {};
    });
    await open(page);
    await addGoal(page, "Email the landlord", "One read-through, then send.", 15);

    // Printing the Today page itself leaves out the controls, and points to the print view.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Add a goal" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Add goal" })).toBeHidden();
    await expect(page.getByText(/use “Print this day” on this page/)).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    // The print view follows the day shown.
    const printLink = page.getByRole("link", { name: "Print this day, or a blank copy" });
    await page.getByRole("button", { name: "Previous day" }).click();
    await expect(printLink).toHaveAttribute("href", /\/print\/\?day=2026-11-25$/);
    await page.getByRole("button", { name: "Today", exact: true }).click();
    await expect(printLink).toHaveAttribute("href", /\/print\/$/);
    await printLink.click();
    await expect(page).toHaveURL(/\/worksheets\/goal-planner\/print\/$/);

    const plan = page.getByRole("heading", { name: "Plan for Thu, Nov 26, 2026" });
    await expect(plan).toBeVisible();
    await expect(page.locator(".print-blank")).toBeHidden();
    await expectNoAxeViolations(page, "print view");

    await page.getByRole("button", { name: "Print this day" }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.print)).toBe("record");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Goal planner views" })).toBeHidden();
    await expect(plan).toBeVisible();
    await expect(
      page.getByText("Good enough looks like: One read-through, then send."),
    ).toBeVisible();
    await expect(page.getByText("Where it stands: Planned")).toBeVisible();
    await expect(page.getByRole("button", { name: "Print this day" })).toBeHidden();
    await expect(page.locator(".print-blank")).toBeHidden();

    await page.evaluate(() => dispatchEvent(new Event("afterprint")));
    expect(await page.evaluate(() => document.documentElement.dataset.print)).toBeUndefined();

    await page.emulateMedia({ media: "screen" });
    await expect(page.locator(".print-blank")).toBeHidden();
    await page.getByRole("button", { name: "Print a blank copy" }).click();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    const blank = page.locator(".print-blank");
    await expect(blank).toBeVisible();
    await expect(blank.getByRole("heading", { name: "Goal 3" })).toBeVisible();
    await expect(blank).toContainText("Good enough looks like:");
    await expect(blank).toContainText(
      "What did perfectionism predict, and what actually happened?",
    );
    await expect(plan).toBeHidden();
    await expect(page.getByRole("heading", { name: "1. Email the landlord" })).toBeHidden();

    // A day of its own prints from its own address.
    await page.emulateMedia({ media: "screen" });
    await page.goto("/worksheets/goal-planner/print/?day=2026-11-25");
    await expect(page.getByRole("heading", { name: "Plan for Wed, Nov 25, 2026" })).toBeVisible();
    await expect(page.getByText("No goals were set for this day.")).toBeVisible();
  });

  test("the time-box timer counts down in view and says politely when time is up", async ({
    page,
  }) => {
    await open(page);
    await addGoal(page, "Email the landlord", "One read-through, then send.", 5);
    const card = goalCard(page, "Email the landlord");
    // The clock moves only when the test moves it, however busy the machine is.
    await page.clock.pauseAt(new Date(2026, 10, 26, 9, 30));
    await card.getByRole("button", { name: "Start 5-minute timer" }).click();
    await expect(card.getByRole("timer")).toHaveText("5:00");
    await expect(card.getByRole("button", { name: "Pause timer" })).toBeFocused();
    await page.clock.runFor("02:00");
    await expect(card.getByRole("timer")).toHaveText("3:00");
    await card.getByRole("button", { name: "Pause timer" }).click();
    await expect(card).toContainText("left, paused");
    await page.clock.runFor("01:00");
    await expect(card.getByRole("timer")).toHaveText("3:00");
    await card.getByRole("button", { name: "Resume timer" }).click();
    await page.clock.runFor("03:01");
    await expect(card.getByRole("timer")).toHaveText("0:00");
    const announcement = card.locator("[aria-live=polite]");
    await expect(announcement).toHaveText(/Time is up for “Email the landlord”/);
    await expect(page.locator("audio, video")).toHaveCount(0);
    // Nothing on the page moves: no animations or transitions run, with reduced motion asked for.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await card.getByRole("button", { name: "Reset timer" }).click();
    await card.getByRole("button", { name: "Start 5-minute timer" }).click();
    await page.clock.runFor("00:02");
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });

  test("asks for a finish line next to the field, and says when a box reaches 2,000 characters", async ({
    page,
  }) => {
    await open(page);
    const form = addForm(page);
    await form.getByLabel("The task").fill("Write the newsletter");
    await form.getByRole("button", { name: "Add goal" }).click();
    const finish = form.getByLabel("Good enough looks like…");
    await expect(finish).toBeFocused();
    await expect(finish).toHaveAttribute("aria-invalid", "true");
    await expect(finish).toHaveAccessibleDescription(
      /Add a finish line: what does good enough look like/,
    );

    await form.getByText("Ideas for a finish line").click();
    await form.getByRole("button", { name: "Use “One read-through, then send.”" }).click();
    await expect(finish).toHaveValue("One read-through, then send.");
    await expect(finish).toBeFocused();

    const long = "a".repeat(2001);
    await form.getByLabel("The task").fill(long);
    await expect(form.getByLabel("The task")).toHaveAccessibleDescription(
      /over the 2,000-character limit \(2,001 now\)/,
    );
    await form.getByRole("button", { name: "Add goal" }).click();
    await expect(form.getByLabel("The task")).toBeFocused();
    await expect(form.getByLabel("The task")).toHaveValue(long);
    await expect(page.getByText("No goals for this day yet.")).toBeVisible();
  });

  test("turns brain-dump lines into goals the person picks", async ({ page }) => {
    await open(page);
    const dump = page.getByRole("region", { name: "Brain dump" });
    await dump.getByLabel("What's on your mind?").fill("Call the dentist\n\nRenew the passport\n");
    await dump.getByRole("button", { name: "Add to my list" }).click();
    const list = dump.getByRole("list", { name: "My brain dump" });
    await expect(list.getByRole("listitem")).toHaveCount(2);

    await list
      .getByRole("listitem")
      .filter({ hasText: "Renew the passport" })
      .getByRole("button", { name: "Plan it" })
      .click();
    const form = addForm(page);
    await expect(form.getByLabel("The task")).toHaveValue("Renew the passport");
    await expect(form.getByLabel("Good enough looks like…")).toBeFocused();
    await form.getByLabel("Good enough looks like…").fill("Fill in the form; photo next week.");
    await form.getByRole("button", { name: "Add goal" }).click();
    await expect(page.getByRole("heading", { level: 3, name: "Renew the passport" })).toBeFocused();
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await expect(list).toContainText("Call the dentist");

    // Removing asks first, and Cancel returns focus.
    const remove = list.getByRole("button", { name: "Remove" });
    await remove.click();
    await expect(page.getByRole("alertdialog")).toContainText("Call the dentist");
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(remove).toBeFocused();
    await remove.click();
    await page.getByRole("button", { name: "Yes, remove it" }).click();
    await expect(dump.getByText("Your list is empty.")).toBeVisible();
  });

  test("carries an unfinished goal over only when the person chooses", async ({ page }) => {
    await open(page);
    await page.getByRole("button", { name: "Previous day" }).click();
    await expect(
      page.getByRole("heading", { level: 2, name: "Yesterday, Wed, Nov 25, 2026" }),
    ).toBeVisible();
    await addGoal(page, "Sort the receipts", "Only this month's.", 25);
    await addGoal(page, "Water the plants", "The ones in the kitchen.", 5);
    await goalCard(page, "Water the plants")
      .getByRole("radio", { name: "Done: good enough" })
      .check();
    await addGoal(page, "Back up the laptop", "Photos folder only.", 20, "A full system backup");

    await page.getByRole("button", { name: "Today", exact: true }).click();
    // The address follows the click at once, so a reload straight away stays on today.
    expect(page.url()).not.toContain("?day=");
    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: TODAY })).toBeVisible();
    // Nothing came over by itself.
    await expect(page.getByText("No goals for this day yet.")).toBeVisible();
    await expect(page.getByText(/2 goals from earlier days are still open/)).toBeVisible();

    const unfinished = page.getByRole("region", { name: "Anything unfinished?" });
    await expect(unfinished).toContainText("Sort the receipts");
    await expect(unfinished).not.toContainText("Water the plants");
    await unfinished
      .getByRole("listitem")
      .filter({ hasText: "Sort the receipts" })
      .getByRole("button", { name: "Carry over to today" })
      .click();
    await expect(unfinished.getByRole("status")).toContainText(
      "Carried “Sort the receipts” over to today.",
    );
    const card = goalCard(page, "Sort the receipts");
    await expect(card).toContainText("Carried over from Nov 25, 2026.");
    await expect(card).toContainText("Only this month's.");
    await expect(page.getByText(/One goal from earlier days is still open/)).toBeVisible();

    // Parking keeps everything the goal had, and the goal counts as handled.
    await unfinished
      .getByRole("listitem")
      .filter({ hasText: "Back up the laptop" })
      .getByRole("button", { name: "Park it" })
      .click();
    await expect(page.getByRole("heading", { name: "Anything unfinished?" })).toBeFocused();
    const parked = page.getByRole("list", { name: "Parked" });
    await expect(parked).toContainText("Back up the laptop");
    await expect(parked).toContainText("Good enough: Photos folder only.");
    await expect(parked).toContainText("Letting go of: A full system backup");
    await expect(page.getByText(/from earlier days is still open/)).toHaveCount(0);
    await expect(
      unfinished.getByRole("heading", { name: "Still open from earlier days" }),
    ).toHaveCount(0);

    // The original stays on its own day, and the history lists both days.
    await openWeek(page);
    const history = page.getByRole("region", { name: "History" });
    await expect(history).toContainText("3 goals, 1 done: good enough");
    await history.getByRole("link", { name: /Wed, Nov 25, 2026/ }).click();
    await expect(
      page.getByRole("heading", { level: 2, name: "Yesterday, Wed, Nov 25, 2026" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "Sort the receipts" })).toBeVisible();
  });

  test("deletes a goal only after asking, and edits keep the finish line required", async ({
    page,
  }) => {
    await open(page);
    await addGoal(page, "Email the landlord", "One read-through, then send.", 15);
    const card = goalCard(page, "Email the landlord");
    await card.getByRole("button", { name: "Edit" }).click();
    await expect(card.getByLabel("The task")).toBeFocused();
    await card.getByLabel("Good enough looks like…").fill("");
    await card.getByLabel("Time box, in minutes").fill("");
    await card.getByRole("button", { name: "Save changes" }).click();
    await expect(card.getByLabel("Good enough looks like…")).toBeFocused();
    await card.getByLabel("Good enough looks like…").fill("Two sentences.");
    await card.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { level: 3, name: "Email the landlord" })).toBeFocused();
    await expect(card).toContainText("Two sentences.");
    await expect(card).not.toContainText("Time box");

    await card.getByRole("button", { name: "Delete", exact: true }).click();
    const ask = page.getByRole("alertdialog", { name: "Delete this goal?" });
    await expect(ask).toContainText("“Email the landlord” will be deleted from today.");
    await expect(page.getByRole("button", { name: "Yes, delete it" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(card.getByRole("button", { name: "Delete", exact: true })).toBeFocused();
    await card.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(page.getByRole("heading", { name: "Goals for today (0 of 3)" })).toBeFocused();
    await page.reload();
    await expect(page.getByText("No goals for this day yet.")).toBeVisible();
  });

  test("a running timer keeps going through a reload, and the title says when time is up", async ({
    page,
  }) => {
    await open(page);
    await addGoal(page, "Email the landlord", "One read-through, then send.", 5);
    const card = goalCard(page, "Email the landlord");
    await page.clock.pauseAt(new Date(2026, 10, 26, 9, 30));
    await card.getByRole("button", { name: "Start 5-minute timer" }).click();
    await page.clock.runFor("01:00");
    await expect(card.getByRole("timer")).toHaveText("4:00");
    await page.reload();
    await expect(card.getByRole("timer")).toHaveText(/^[34]:\d\d$/);
    await expect(card.getByRole("button", { name: "Pause timer" })).toBeVisible();
    const title = await page.title();
    await page.clock.runFor("04:01");
    await expect(card.getByRole("timer")).toHaveText("0:00");
    await expect(card).toContainText("The time box is over.");
    await expect(card.locator("[aria-live=polite]")).toHaveText(
      /Time is up for “Email the landlord”/,
    );
    await expect(page).toHaveTitle(`Time’s up – ${title}`);
    await card.getByRole("button", { name: "Reset timer" }).click();
    await expect(page).toHaveTitle(title);
    // A goal that is done, or let go, needs no timer.
    await card.getByRole("radio", { name: "Done: good enough" }).check();
    await expect(card.getByRole("button", { name: /timer/ })).toHaveCount(0);
  });

  test("after the daily limit is lowered, the heading counts goals without saying 3 of 1", async ({
    page,
  }) => {
    await open(page);
    await planThree(page);
    await page.getByLabel("Goals a day").selectOption("1");
    await expect(
      page.getByRole("heading", { name: "Goals for today (3 goals; your limit is now 1)" }),
    ).toBeVisible();
  });

  test("sets unreadable saved entries aside with a notice, and starts fresh", async ({ page }) => {
    await page.goto(URL);
    await page.evaluate(() => localStorage.setItem("goodenough:goal-planner", "{not json"));
    await page.reload();
    await expect(
      page.getByRole("status").filter({ hasText: "Some saved entries could not be read" }),
    ).toBeVisible();
    await expect(page.getByText("No goals for this day yet.")).toBeVisible();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((k) => k.startsWith("goodenough:quarantine:goal-planner:"))).toBe(true);
  });

  test("keeps working when storage is blocked, and exports this worksheet's entries", async ({
    page,
  }) => {
    await blockStorage(page);
    await open(page);
    await expect(page.getByText("This browser is not letting the site save.")).toBeVisible();
    await addGoal(page, "Email the landlord", "One read-through, then send.", 15);
    await expect(page.getByRole("heading", { level: 3, name: "Email the landlord" })).toBeVisible();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export my entries" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^good-enough-goal-planner-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await file.path(), "utf8"));
    expect(exported.worksheets["goal-planner"].records[0]).toMatchObject({
      kind: "goal",
      task: "Email the landlord",
      goodEnough: "One read-through, then send.",
      minutes: 15,
    });
  });

  test.describe("in Los Angeles, across midnight", () => {
    test.use({ timezoneId: "America/Los_Angeles" });

    test("uses the person's own calendar day, and moves to the new day after midnight", async ({
      page,
    }) => {
      // 07:30 UTC on Nov 27 is still 23:30 on Thursday, Nov 26 in Los Angeles.
      await page.clock.install({ time: new Date("2026-11-27T07:30:00Z") });
      await page.goto(URL);
      await expect(page.getByRole("heading", { level: 2, name: TODAY })).toBeVisible();
      await addGoal(page, "Pack the lunch", "Something warm; no recipe.", 10);

      await page.clock.runFor("01:00:00");
      // The person comes back to the tab after midnight.
      await page.evaluate(() => dispatchEvent(new Event("focus")));
      await expect(
        page.getByRole("heading", { level: 2, name: "Today, Fri, Nov 27, 2026" }),
      ).toBeVisible();
      await expect(page.getByText("No goals for this day yet.")).toBeVisible();
      await expect(
        page.getByRole("region", { name: "Anything unfinished?" }).getByRole("button", {
          name: "Carry over to today",
        }),
      ).toBeVisible();
      // A day later the tab shows again (as a browser says when it does: the event bubbles).
      await page.clock.runFor("24:00:00");
      await page.evaluate(() =>
        document.dispatchEvent(new Event("visibilitychange", { bubbles: true })),
      );
      await expect(
        page.getByRole("heading", { level: 2, name: "Today, Sat, Nov 28, 2026" }),
      ).toBeVisible();
      await openWeek(page);
      await expect(page.getByRole("region", { name: "History" })).toContainText(
        "Thu, Nov 26, 2026",
      );
    });
  });
});
