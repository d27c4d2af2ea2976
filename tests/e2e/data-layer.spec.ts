import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { blockStorage, readStored, seedScript, seedValues } from "./support/seed";

const row = (page: Page, name: string) => page.getByRole("row", { name: new RegExp(name) });

async function seed(page: Page) {
  await page.goto("/my-data/");
  await page.evaluate(seedScript, seedValues);
  await page.reload();
}

test.describe("My data", () => {
  test("shows how many entries each worksheet holds and the space they use", async ({ page }) => {
    await seed(page);
    await expect(row(page, "Experiment tracker")).toContainText("3 experiments");
    await expect(row(page, "Goal planner")).toContainText("2 days of goals");
    await expect(row(page, "Experiment tracker")).toContainText(/\d+(\.\d)? (KB|bytes)/);
    await expect(row(page, "Self-screen")).toContainText("nothing stored");
  });

  test("sets aside unreadable data, and lets the person download or delete the copy", async ({
    page,
  }) => {
    await page.goto("/my-data/");
    await page.evaluate(() => localStorage.setItem("goodenough:self-screen", "{this is not json"));
    await page.reload();
    await expect(page.getByText(/Self-screen, set aside/)).toBeVisible();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((k) => k.startsWith("goodenough:quarantine:self-screen:"))).toBe(true);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download copy" }).click();
    expect(readFileSync(await (await download).path(), "utf8")).toBe("{this is not json");
    await page.getByRole("button", { name: "Delete copy" }).click();
    await expect(page.getByRole("alertdialog")).toContainText(
      "set-aside copy of the self-screen entries",
    );
    await page.getByRole("button", { name: "Yes, delete set-aside copy" }).click();
    await expect(page.getByText(/Self-screen, set aside/)).toBeHidden();
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("quarantine"))),
    ).toEqual([]);
  });

  test("export, delete everything, import the file: every record comes back", async ({ page }) => {
    await seed(page);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export everything" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^good-enough-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await file.path(), "utf8"));
    expect(exported).toMatchObject({ app: "good-enough", exportVersion: 1 });

    await page.getByRole("button", { name: "Delete everything" }).click();
    await expect(page.getByRole("alertdialog")).toContainText("3 experiments");
    await expect(page.getByRole("alertdialog")).toContainText("2 days of goals");
    await page.getByRole("button", { name: "Yes, delete everything" }).click();
    // It says plainly what went, and focus goes to that sentence, not to the page.
    const said = page.locator("#my-data-done");
    await expect(said).toContainText("Deleted everything this site stored in this browser:");
    await expect(said).toContainText("3 experiments");
    await expect(said).not.toContainText("Done:");
    await expect(said).toBeFocused();
    await expect(row(page, "Experiment tracker")).toContainText("0 experiments");
    expect((await readStored(page, "goodenough:experiment-tracker")).records).toEqual([]);

    await page.getByRole("link", { name: "Import a file" }).click();
    await expect(page).toHaveURL(/\/my-data\/import\/$/);
    await page.getByLabel("Choose an exported file").setInputFiles(await file.path());
    await expect(page.getByRole("region", { name: "Import preview" })).toContainText(
      "0 screen results, 2 days of goals, 3 experiments, 0 thought records, 0 exposure ladders (0 steps, 0 practices), 0 journal entries, 0 plan sections written, 0 contacts, 0 cycles, 0 looks at costs and benefits, 0 homework assignments",
    );
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("Imported 0 screen results, 2 days");
    await page.getByRole("link", { name: "See what is stored" }).click();
    await expect(row(page, "Experiment tracker")).toContainText("3 experiments");
    await expect(row(page, "Goal planner")).toContainText("2 days of goals");
    await page.reload();
    await expect(row(page, "Experiment tracker")).toContainText("3 experiments");
    const stored = await readStored(page, "goodenough:experiment-tracker");
    expect(stored.records.map((r) => r.belief)).toEqual(
      seedValues["goodenough:experiment-tracker"].records.map((r) => r.belief),
    );
  });

  const badFiles: [string, string, RegExp][] = [
    ["not JSON", "hello, world", /not a JSON file/],
    [
      "another app",
      JSON.stringify({ app: "other", exportVersion: 1 }),
      /not exported from Good Enough/,
    ],
    [
      "a future version",
      JSON.stringify({ app: "good-enough", exportVersion: 99, exportedAt: "x", worksheets: {} }),
      /newer version/,
    ],
    [
      "a field of the wrong type",
      JSON.stringify({
        app: "good-enough",
        exportVersion: 1,
        exportedAt: "2026-11-26T00:00:00.000Z",
        worksheets: {
          "experiment-tracker": {
            version: 2,
            records: [{ id: "x", kind: "experiment", createdAt: 5 }],
          },
        },
      }),
      /wrong field/,
    ],
    ["a __proto__ key", '{"app":"good-enough","exportVersion":1,"__proto__":{"x":1}}', /__proto__/],
    [
      "more than 5 MB",
      JSON.stringify({ app: "good-enough", pad: "x".repeat(5 * 1024 * 1024 + 10) }),
      /up to 5 MB/,
    ],
  ];
  for (const [name, content, reason] of badFiles) {
    test(`refuses a file that is ${name}, says why, and changes nothing`, async ({ page }) => {
      await seed(page);
      await page.goto("/my-data/import/");
      const before = await page.evaluate(() => JSON.stringify(localStorage));
      await page.getByLabel("Choose an exported file").setInputFiles({
        name: "bad.json",
        mimeType: "application/json",
        buffer: Buffer.from(content),
      });
      await expect(page.getByRole("alert")).toContainText(reason);
      await expect(page.getByRole("alert")).toContainText("Nothing on this device was changed");
      await expect(page.getByRole("button", { name: "Import", exact: true })).toHaveCount(0);
      expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
    });
  }

  test("deletes one worksheet after a confirmation that names it, leaving the others", async ({
    page,
  }) => {
    await seed(page);
    await page.getByRole("button", { name: "Delete Goal planner" }).click();
    await expect(page.getByRole("alertdialog")).toContainText(
      "2 days of goals from the Goal planner",
    );
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(row(page, "Goal planner")).toContainText("2 days of goals");
    await page.getByRole("button", { name: "Delete Goal planner" }).click();
    await page.getByRole("button", { name: "Yes, delete goal planner" }).click();
    await expect(row(page, "Goal planner")).toContainText("0 days of goals");
    await expect(row(page, "Experiment tracker")).toContainText("3 experiments");
  });

  test("keeps working, and says so, when the browser blocks storage", async ({ page }) => {
    await blockStorage(page);
    await page.goto("/my-data/");
    await expect(
      page.getByRole("status").filter({ hasText: "not letting the site save" }),
    ).toBeVisible();
    await expect(row(page, "Experiment tracker")).toContainText("0 experiments");
  });
});
