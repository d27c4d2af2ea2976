import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { blockStorage, readStored } from "./support/seed";

const TOTAL = 21;

async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (name.test(label)) return;
  }
  throw new Error(`Could not reach ${name} with the Tab key`);
}

async function answerWithKeyboard(page: Page, presses: number) {
  // Focus sits on the question's first answer, as in a radio group: arrows choose, Enter moves on.
  for (let i = 0; i < presses; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
}

/** Skips every question; the last skip asks "Finish anyway?", answered with `choice`. */
async function skipAll(page: Page) {
  await page.getByRole("button", { name: "Start the self-screen" }).click();
  for (let q = 1; q < TOTAL; q++)
    await page.getByRole("button", { name: "Skip this question" }).click();
  await page.getByRole("button", { name: "Skip and see my results" }).click();
}

/** Starts the screen and answers every question with the same choice, by clicking. */
async function completeByClicking(page: Page, value: number) {
  const label = ["Never", "Rarely", "Sometimes", "Often", "Almost always"][value]!;
  await page
    .getByRole("button", { name: /Start the self-screen|Start again/ })
    .first()
    .click();
  for (let q = 1; q <= TOTAL; q++) {
    await page.getByRole("radio", { name: label, exact: true }).check();
    await page.getByRole("button", { name: q === TOTAL ? "See my results" : "Next" }).click();
  }
  await expect(page.getByRole("heading", { name: "Your self-screen results" })).toBeFocused();
}

async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

test.describe("the self-screen", () => {
  // Answering 21 questions takes a while on a busy two-core machine.
  test.describe.configure({ timeout: 90_000 });
  test("says it is not a diagnosis before it starts, and passes axe", async ({ page }) => {
    await page.goto("/worksheets/self-screen/");
    const intro = page.getByRole("region", { name: "Before you start" });
    await expect(intro).toContainText("This is not a diagnosis");
    await expect(intro).toContainText("about 4 minutes");
    await expect(intro.getByRole("link", { name: "How privacy works" })).toHaveAttribute(
      "href",
      "/privacy/",
    );
    await expectAxeClean(page);
  });

  test("can be completed with the keyboard alone, and shows results with the crisis lines", async ({
    page,
  }) => {
    await page.goto("/worksheets/self-screen/");
    // As a person would, wait to see the button before reaching for it.
    await expect(page.getByRole("button", { name: "Start the self-screen" })).toBeVisible();
    await tabTo(page, /Start the self-screen/);
    await page.keyboard.press("Enter");
    for (let q = 1; q <= TOTAL; q++) {
      await expect(page.getByText(`Question ${q} of ${TOTAL}`)).toBeVisible();
      await expect(page.getByRole("radio", { name: "Never" })).toBeFocused();
      if (q === 2) await expectAxeClean(page);
      await answerWithKeyboard(page, 3);
    }
    const results = page.getByRole("region", { name: "Your self-screen results" });
    await expect(results.getByRole("heading", { name: "Your self-screen results" })).toBeFocused();
    await expect(results).toContainText("This is not a diagnosis");
    await expect(
      results.getByRole("figure", { name: "How often each sign showed up" }),
    ).toBeVisible();
    await expect(
      results.getByRole("heading", { name: "If you need help right now" }),
    ).toBeVisible();
    await expect(results).toContainText("988");
    await expectAxeClean(page);
  });

  test("keeps the results and the history after a reload", async ({ page }) => {
    await page.goto("/worksheets/self-screen/");
    await completeByClicking(page, 4);
    await expect(page).toHaveURL(/\/worksheets\/self-screen\/results\/\?id=/);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Your self-screen results" })).toBeVisible();
    await page.goto("/worksheets/self-screen/");
    await completeByClicking(page, 1);
    await page.getByRole("button", { name: "Back" }).click();
    const history = page.getByRole("region", { name: "Your past results" });
    await expect(history.getByRole("figure", { name: "How each sign changed" })).toBeVisible();
    await expect(history.getByRole("table")).toContainText("Fear of failure");
    await page.reload();
    await expect(history.getByRole("listitem")).toHaveCount(2);
    await expectAxeClean(page);
    await page.goto("/worksheets/self-screen/");
    await page.getByRole("link", { name: "See your past results (2)" }).click();
    await expect(history).toBeVisible();
  });

  test("can be left halfway and continued after a reload", async ({ page }) => {
    await page.goto("/worksheets/self-screen/");
    await page.getByRole("button", { name: "Start the self-screen" }).click();
    for (let q = 1; q <= 5; q++) {
      await page.getByRole("radio", { name: "Often" }).check();
      await page.getByRole("button", { name: "Next" }).click();
    }
    await expect(page.getByText(`Question 6 of ${TOTAL}`)).toBeVisible();
    await page.reload();
    await expect(page.getByText("You have an unfinished check")).toBeVisible();
    await page.getByRole("button", { name: "Continue where you left off" }).click();
    await expect(page.getByText(`Question 6 of ${TOTAL}`)).toBeVisible();
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByRole("radio", { name: "Often" })).toBeChecked();
  });

  test("asks before finishing with most questions skipped, and saves nothing until asked", async ({
    page,
  }) => {
    await page.goto("/worksheets/self-screen/");
    await skipAll(page);
    const ask = page.getByRole("alertdialog", { name: "Finish anyway?" });
    await expect(ask).toContainText("You answered 0 of 21 questions");
    await expectAxeClean(page);
    await ask.getByRole("button", { name: "Keep answering" }).click();
    await expect(ask).toBeHidden();
    await expect(page.getByText(`Question ${TOTAL} of ${TOTAL}`)).toBeVisible();
    await expect(page.getByRole("button", { name: "Skip and see my results" })).toBeFocused();
    const stored = await readStored(page, "goodenough:self-screen");
    expect(stored.records.filter((r) => r.kind === "result")).toEqual([]);

    // One answer of 21 still asks.
    await page.getByRole("radio", { name: "Often" }).check();
    await page.getByRole("button", { name: "See my results" }).click();
    await expect(ask).toContainText("You answered 1 of 21 questions");
    await ask.getByRole("button", { name: "Finish anyway" }).click();
    const results = page.getByRole("region", { name: "Your self-screen results" });
    await expect(results.getByRole("heading", { name: "Your self-screen results" })).toBeFocused();
    await expect(results.getByRole("listitem").filter({ hasText: "Fear of failure:" })).toHaveText(
      "Fear of failure: not enough answers to show this area",
    );
    await expect(results.getByRole("table").first()).toContainText("not enough answers");
    // The one answer was an impact question: too few to say how much it gets in the way.
    await expect(results).toContainText("You answered too few of the questions about how much");
    await expect(results).toContainText("988");
  });

  test("finishes without asking when most questions are answered", async ({ page }) => {
    await page.goto("/worksheets/self-screen/");
    await page.getByRole("button", { name: "Start the self-screen" }).click();
    for (let q = 1; q <= TOTAL; q++) {
      if (q <= 11) await page.getByRole("radio", { name: "Sometimes" }).check();
      await page
        .getByRole("button", {
          name:
            q === TOTAL ? /See my results|Skip and see my results/ : /^(Next|Skip this question)$/,
        })
        .click();
    }
    await expect(page.getByRole("heading", { name: "Your self-screen results" })).toBeFocused();
  });

  test("behaves as a radio group: arrows choose, Enter moves on and never skips", async ({
    page,
  }) => {
    await page.goto("/worksheets/self-screen/");
    await page.getByRole("button", { name: "Start the self-screen" }).click();
    // Focus starts on the first answer, inside a group named by the question.
    const first = page.getByRole("group", { name: /I worried a lot about making a mistake/ });
    await expect(first.getByRole("radio", { name: "Never" })).toBeFocused();
    // Enter on a focused answer chooses it and moves on.
    await page.keyboard.press("Enter");
    await expect(page.getByText(`Question 2 of ${TOTAL}`)).toBeVisible();
    // Arrow keys choose an answer rather than scroll.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("radio", { name: "Sometimes" })).toBeChecked();
    await expect(page.getByRole("radio", { name: "Sometimes" })).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(page.getByRole("radio", { name: "Rarely" })).toBeChecked();
    await page.keyboard.press("Enter");
    await expect(page.getByText(`Question 3 of ${TOTAL}`)).toBeVisible();
    // Going back puts focus on the chosen answer.
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByRole("radio", { name: "Rarely" })).toBeFocused();
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByRole("radio", { name: "Never" })).toBeChecked();
    await expect(page.getByRole("radio", { name: "Never" })).toBeFocused();
    const answers = (await readStored(page, "goodenough:self-screen")).records.find(
      (r) => r.kind === "progress",
    )?.answers;
    expect(answers).toEqual({ "fear-1": 0, "fear-2": 1 });
  });

  test("shows the overall and impact bands, and says nothing of impact when it was skipped", async ({
    page,
  }) => {
    await page.goto("/worksheets/self-screen/");
    await page.getByRole("button", { name: "Start the self-screen" }).click();
    for (let q = 1; q <= TOTAL; q++) {
      if (q <= 18) await page.getByRole("radio", { name: "Almost always" }).check();
      await page
        .getByRole("button", {
          name: q === TOTAL ? "Skip and see my results" : q <= 18 ? "Next" : "Skip this question",
        })
        .click();
    }
    const results = page.getByRole("region", { name: "Your self-screen results" });
    await expect(
      results.getByRole("heading", { name: "What your answers add up to" }),
    ).toBeVisible();
    await expect(results).toContainText("Overall, across the signs: high");
    await expect(results).toContainText("How much it gets in the way: not enough answers");
    await expect(results).toContainText("You did not answer the questions about how much");
    await expect(results).not.toContainText("getting in the way");
    await expect(results).not.toContainText("weighing on you");
  });

  test("suggests talking to a professional when the answers are high", async ({ page }) => {
    await page.goto("/worksheets/self-screen/");
    await completeByClicking(page, 4);
    const note = page.getByRole("note", { name: "This seems to be weighing on you" });
    await expect(note).toContainText("getting in the way of your days");
    await expect(note).toContainText("worth talking through with a professional");
    await expect(page.getByText("How much it gets in the way: high")).toBeVisible();
    const help = page.getByRole("link", { name: "Getting help", exact: true });
    await expect(help.first()).toHaveAttribute("href", "/get-help/");
    await page.goto("/worksheets/self-screen/");
    await completeByClicking(page, 0);
    await expect(page.getByRole("note")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Your self-screen results" })).toContainText(
      "988",
    );
  });

  test("deletes a result after asking, says which, and Undo brings it back", async ({ page }) => {
    await page.goto("/worksheets/self-screen/");
    await completeByClicking(page, 2);
    const deleteIt = async () => {
      await page.getByRole("button", { name: "Delete this result" }).click();
      await page.getByRole("button", { name: "Yes, delete it" }).click();
      await expect(page.getByRole("heading", { name: "No results yet" })).toBeVisible();
      await expect(
        page.getByRole("status").filter({ hasText: /^Deleted the result from / }),
      ).toHaveText(/^Deleted the result from \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M\.$/);
      await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
    };
    await deleteIt();
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("heading", { name: "Your self-screen results" })).toBeFocused();
    await page.reload();
    await expect(page.getByRole("heading", { name: "Your self-screen results" })).toBeVisible();
    await deleteIt();
    await page.reload();
    await expect(page.getByRole("heading", { name: "No results yet" })).toBeVisible();
    await page.goto("/worksheets/self-screen/");
    await expect(page.getByRole("link", { name: /See your past results/ })).toHaveCount(0);
  });

  test("prints the result without the site's navigation", async ({ page }) => {
    await page.goto("/worksheets/self-screen/");
    await completeByClicking(page, 3);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("heading", { name: "Your self-screen results" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Print for my intake" })).toBeHidden();
  });

  test("downloads the result as a copy a person can read", async ({ page }) => {
    await page.goto("/worksheets/self-screen/");
    await completeByClicking(page, 3);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download a copy to read" }).click();
    expect((await download).suggestedFilename()).toMatch(
      /^self-screen-\d{4}-\d\d-\d\d-\d{4}\.txt$/,
    );
    const text = readFileSync(await (await download).path(), "utf8");
    expect(text).toMatch(/^# Self-screen result from \w{3} \d+, \d{4}, \d+:\d\d\s[AP]M\n/);
    expect(text).toContain("This is not a diagnosis.");
    expect(text).toContain("- Overall, across the signs: high.");
    expect(text).toContain("- Fear of failure: ");
    expect(text).toContain("988 Suicide & Crisis Lifeline");
    expect(text).toContain("/get-help/");
  });

  test("labels each result with its date and time, so two from one day differ", async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date(2026, 11, 6, 9, 5));
    await page.goto("/worksheets/self-screen/");
    await completeByClicking(page, 2);
    await expect(page.getByText("Completed Dec 6, 2026, 9:05 AM")).toBeVisible();
    await page.clock.setFixedTime(new Date(2026, 11, 6, 21, 41));
    await page.goto("/worksheets/self-screen/");
    await completeByClicking(page, 1);
    await page.getByRole("button", { name: "Back" }).click();
    const labels = await page
      .getByRole("region", { name: "Your past results" })
      .getByRole("listitem")
      .getByRole("button")
      .allTextContents();
    // Intl may put a narrow no-break space before AM and PM.
    expect(labels.map((l) => l.replace(/\s/g, " "))).toEqual([
      "Dec 6, 2026, 9:41 PM",
      "Dec 6, 2026, 9:05 AM",
    ]);
  });

  test("sets aside unreadable saved data and says so on the worksheet", async ({ page }) => {
    await page.goto("/worksheets/self-screen/");
    await page.evaluate(() =>
      localStorage.setItem("goodenough:self-screen", '{"version":2,"records":"oops"}'),
    );
    await page.reload();
    const notice = page.getByRole("status").filter({ hasText: "could not be read" });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole("link", { name: "My data" })).toHaveAttribute(
      "href",
      "/my-data/",
    );
    await expect(page.getByRole("button", { name: "Start the self-screen" })).toBeVisible();
    await expectAxeClean(page);
    await notice.getByRole("button", { name: "Dismiss this notice" }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(page.getByRole("status").filter({ hasText: "could not be read" })).toHaveCount(0);
  });

  test("still works when the browser blocks storage, and offers export", async ({ page }) => {
    await blockStorage(page);
    await page.goto("/worksheets/self-screen/");
    const notice = page.getByRole("status").filter({ hasText: "not letting the site save" });
    await expect(notice).toBeVisible();
    await completeByClicking(page, 3);
    await expect(page.getByRole("heading", { name: "Your self-screen results" })).toBeVisible();
    // The result travelled in this tab's history state, never in the address.
    expect(new URL(page.url()).hash).toBe("");
    const download = page.waitForEvent("download");
    await page
      .getByRole("status")
      .filter({ hasText: "not letting the site save" })
      .getByRole("button", { name: "Export my entries" })
      .click();
    const file = JSON.parse(readFileSync(await (await download).path(), "utf8"));
    expect(
      file.worksheets["self-screen"].records.some((r: { kind?: string }) => r.kind === "result"),
    ).toBe(true);
  });

  test("shows nothing from a crafted #carry= link, even a well-formed result", async ({ page }) => {
    // Make a genuine result on this device, then forget it and put it in a link.
    await page.goto("/worksheets/self-screen/");
    await completeByClicking(page, 4);
    const result = (await readStored(page, "goodenough:self-screen")).records.find(
      (r) => r.kind === "result",
    );
    await page.evaluate(() => localStorage.clear());
    expect(result).toBeTruthy();
    const carry = Buffer.from(JSON.stringify(result)).toString("base64url");
    await page.goto(`/worksheets/self-screen/results/#carry=${carry}&health=full`);
    await expect(page.getByRole("heading", { name: "No results yet" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Your self-screen results" })).toHaveCount(0);
    await expect(page.getByText("storage for this site is full")).toBeHidden();
    expect((await readStored(page, "goodenough:self-screen")).records).toEqual([]);
  });

  test("keeps entries in the tab when storage is full, and says so", async ({ page }) => {
    await page.addInitScript(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith("goodenough:self-screen"))
          throw new DOMException("full", "QuotaExceededError");
        return real.call(this, key, value);
      };
    });
    await page.goto("/worksheets/self-screen/");
    await completeByClicking(page, 2);
    await expect(page.getByRole("heading", { name: "Your self-screen results" })).toBeVisible();
    await expect(
      page.getByRole("status").filter({ hasText: "storage for this site is full" }),
    ).toBeVisible();
  });
});
