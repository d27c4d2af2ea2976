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
  // Focus sits on the question's legend; Tab enters the radio group.
  await page.keyboard.press("Tab");
  for (let i = 0; i < presses; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
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
    await tabTo(page, /Start the self-screen/);
    await page.keyboard.press("Enter");
    for (let q = 1; q <= TOTAL; q++) {
      await expect(page.getByText(`Question ${q} of ${TOTAL}`)).toBeVisible();
      await expect(page.locator("legend")).toBeFocused();
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

  test("lets any question be skipped, and says when a sign has too few answers", async ({
    page,
  }) => {
    await page.goto("/worksheets/self-screen/");
    await page.getByRole("button", { name: "Start the self-screen" }).click();
    for (let q = 1; q < TOTAL; q++)
      await page.getByRole("button", { name: "Skip this question" }).click();
    await page.getByRole("button", { name: "Skip and see my results" }).click();
    const results = page.getByRole("region", { name: "Your self-screen results" });
    await expect(results).toContainText("not enough answers");
    await expect(results.getByRole("table").first()).toContainText("not enough answers");
    await expect(results).toContainText("988");
  });

  test("suggests talking to a professional when the answers are high", async ({ page }) => {
    await page.goto("/worksheets/self-screen/");
    await completeByClicking(page, 4);
    await expect(page.getByRole("note")).toContainText("worth talking through with a professional");
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

  test("downloads the result as a file My data can import", async ({ page }) => {
    await page.goto("/worksheets/self-screen/");
    await completeByClicking(page, 3);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download as a file" }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), "utf8"));
    expect(file).toMatchObject({
      app: "good-enough",
      worksheets: { "self-screen": { version: 2 } },
    });
    expect(file.worksheets["self-screen"].records).toHaveLength(1);
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
