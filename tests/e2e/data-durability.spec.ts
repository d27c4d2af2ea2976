import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { readStored } from "./support/seed";

// Years of use, full disks and two tabs: what a heavy user of the journal and
// the thought record must be able to trust.

const JOURNAL = "/worksheets/self-compassion-journal/";
const KEY = "goodenough:self-compassion-journal";
const QUOTA = 5 * 1024 * 1024;

const entry = (id: string, day: string, whatHappened: string, at = `${day}T10:00:00.000Z`) => ({
  id,
  kind: "entry",
  createdAt: at,
  updatedAt: at,
  day,
  whatHappened,
  whatISaid: "",
  whatIdSayToAFriend: "",
  strength: "",
});

async function seed(page: Page, values: Record<string, string>) {
  await page.goto("/privacy/");
  await page.evaluate((v) => {
    localStorage.clear();
    for (const [k, value] of Object.entries(v)) localStorage.setItem(k, value);
  }, values);
}

/** An export file holding these journal records, as the import page takes it. */
const journalFile = (name: string, records: unknown[]) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(
    JSON.stringify({
      app: "good-enough",
      exportVersion: 1,
      exportedAt: "2026-11-26T12:00:00.000Z",
      worksheets: { "self-compassion-journal": { version: 2, records } },
    }),
  ),
});

/** Fills the browser's storage for this site until only `free` characters are left. */
const fillStorage = (page: Page, free: number) =>
  page.evaluate(
    ([quota, left]) => {
      let used = 0;
      for (const k of Object.keys(localStorage)) used += k.length + localStorage.getItem(k)!.length;
      const room = quota - used - left - "filler".length;
      localStorage.setItem("filler", "x".repeat(Math.max(0, room)));
    },
    [QUOTA, free] as const,
  );

const quarantineKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(":quarantine:")));

test("a journal holding thousands of deletions opens with its live entries", async ({ page }) => {
  const tombstones = Array.from({ length: 6000 }, (_, i) => ({
    id: `gone-${i}`,
    createdAt: "2026-11-01T08:00:00.000Z",
    updatedAt: "2026-11-02T08:00:00.000Z",
    deleted: true,
  }));
  await seed(page, {
    [KEY]: JSON.stringify({
      version: 2,
      records: [...tombstones, entry("alive", "2026-11-03", "Still here after all of that")],
    }),
  });
  await page.goto(JOURNAL);
  await expect(page.getByText("Still here after all of that")).toBeVisible();
  expect(await quarantineKeys(page)).toEqual([]);
});

test("archiving older entries to a file, then importing that file, brings every entry back", async ({
  page,
}) => {
  await seed(page, {
    [KEY]: JSON.stringify({
      version: 2,
      records: [
        entry("old1", "2024-03-02", "An old entry from spring"),
        entry("old2", "2024-09-10", "An old entry from autumn"),
        entry("new", "2026-11-20", "A recent entry"),
      ],
    }),
  });
  await page.goto("/my-data/archive/");
  await page.getByLabel("Archive entries made before").fill("2025-01-01");
  await expect(page.locator("#archive-preview")).toContainText("2 journal entries");
  const remove = page.getByRole("button", { name: "2. Remove them from this browser" });
  await expect(remove).toBeDisabled();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "1. Download the archive file" }).click();
  const file = await (await download).path();
  const archived = JSON.parse(readFileSync(file, "utf8"));
  expect(
    archived.worksheets["self-compassion-journal"].records.map((r: { id: string }) => r.id),
  ).toEqual(["old1", "old2"]);
  await remove.click();
  await page.getByRole("button", { name: "Yes, remove them" }).click();
  await expect(page.getByRole("status")).toContainText("Archived 2 entries");

  await page.goto(JOURNAL);
  await expect(page.getByText("A recent entry")).toBeVisible();
  await expect(page.getByText("An old entry from spring")).toHaveCount(0);

  await page.goto("/my-data/import/");
  await page.getByLabel("Choose an exported file").setInputFiles(file);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Imported 2 journal entries");
  await page.goto(JOURNAL);
  await expect(page.getByText("An old entry from spring")).toBeVisible();
  await expect(page.getByText("An old entry from autumn")).toBeVisible();
  await expect(page.getByText("A recent entry")).toBeVisible();
});

test("text typed into a thought record is kept when the tab is closed at once", async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto("/worksheets/thought-record/write/");
  const field = page.getByLabel("What was going on");
  await field.fill("Giving the monthly update");
  await field.pressSequentially(" to my whole team", { delay: 5 });
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto("/worksheets/thought-record/");
  await expect(again.getByRole("region", { name: "Unfinished" })).toContainText(
    "Giving the monthly update to my whole team",
  );
});

test("a large damaged value is never deleted when there is no room to copy it", async ({
  page,
}) => {
  const damaged = `{"version":2,"records":[${'"damaged",'.repeat(300_000)}"x"]}`;
  await seed(page, { [KEY]: damaged });
  await fillStorage(page, 50_000);
  await page.goto(JOURNAL);
  await expect(
    page.getByText(
      "Some saved entries could not be read, and there is no room to set a copy aside.",
    ),
  ).toBeVisible();
  await page.goto("/my-data/");
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(damaged);
});

test("with storage full, homework “Add” and import both say that nothing was saved", async ({
  page,
}) => {
  await page.goto("/for-therapists/");
  await page.getByRole("radio", { name: "Self-compassion journal" }).check();
  await page.getByRole("button", { name: "Make the link" }).click();
  const link = await page.getByLabel("Link to send").inputValue();

  await seed(page, {});
  await fillStorage(page, 10);
  await page.goto(link);
  await page.getByRole("button", { name: "Add to my worksheet" }).click();
  const banner = page.getByRole("region", { name: "Homework", exact: true });
  await expect(banner).toContainText("the browser did not save it");
  await expect(banner).not.toContainText("Added to your worksheet");
  await expect(page.getByText("This browser's storage for this site is full.")).toBeVisible();

  await page.goto("/my-data/import/");
  await page
    .getByLabel("Choose an exported file")
    .setInputFiles(journalFile("entries.json", [entry("j1", "2026-11-20", "Hi")]));
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").last()).toContainText("did not save this import");
  await page.reload();
  expect((await readStored(page, KEY)).records).toEqual([]);
});

test("an imported entry dated in the future cannot undo a later edit", async ({ page }) => {
  await seed(page, {});
  await page.goto("/my-data/import/");
  await page
    .getByLabel("Choose an exported file")
    .setInputFiles(
      journalFile("ahead.json", [
        entry("ahead", "2026-11-20", "From a clock that ran ahead", "2099-01-01T00:00:00.000Z"),
      ]),
    );
  await expect(page.getByRole("region", { name: "Import preview" })).toContainText(
    "1 entry is dated later than now",
  );
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const stored = (await readStored(page, KEY)).records[0]!;
  expect(String(stored.updatedAt) < "2030").toBe(true);
});

test("one homework link opened in two tabs adds its entry once", async ({ context }) => {
  const builder = await context.newPage();
  await builder.goto("/for-therapists/");
  await builder.getByRole("radio", { name: "Self-compassion journal" }).check();
  await builder.getByRole("button", { name: "Make the link" }).click();
  const link = await builder.getByLabel("Link to send").inputValue();
  await builder.close();

  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(link);
  await second.goto(link);
  const add = (p: Page) =>
    p.getByRole("region", { name: "Homework", exact: true }).getByRole("button", {
      name: "Add to my worksheet",
    });
  await expect(add(first)).toBeVisible();
  await expect(add(second)).toBeVisible();
  await add(first).click();
  await expect(first.getByRole("region", { name: "Homework", exact: true })).toContainText(
    "Added to your worksheet",
  );
  // Chromium hands one tab's localStorage write to another tab a moment later, as it
  // would while a person switches tabs: wait until the second tab can see it.
  await expect
    .poll(() =>
      second.evaluate(() =>
        Object.keys(localStorage).some((k) => k.startsWith("goodenough:homework/")),
      ),
    )
    .toBe(true);
  await add(second).click();
  await expect(second.getByRole("region", { name: "Homework", exact: true })).toContainText(
    "You added this homework before",
  );
  const records = (await readStored(second, KEY)).records.filter((r) => !r.deleted);
  expect(records).toHaveLength(1);
});
