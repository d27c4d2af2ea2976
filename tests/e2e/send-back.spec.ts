import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { seedScript, seedValues } from "./support/seed";

const HOSTILE_TASK = `<img src=x onerror="window.__pwned=1">`;
const HOSTILE_BELIEF = `</dd><script>window.__pwned=2</script>`;
const values = {
  ...seedValues,
  "goodenough:goal-planner": {
    version: 2,
    records: [
      ...seedValues["goodenough:goal-planner"].records,
      {
        id: "g3",
        kind: "goal",
        createdAt: "2026-11-05T10:00:00.000Z",
        updatedAt: "2026-11-05T10:00:00.000Z",
        day: "2026-11-05",
        task: HOSTILE_TASK,
        goodEnough: HOSTILE_BELIEF,
        status: "planned",
      },
    ],
  },
};

/** Everything a context asks of an origin other than the site's. */
function watchOrigins(context: BrowserContext, origin: string) {
  const outside: string[] = [];
  context.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith("http") && url.origin !== origin) outside.push(r.url());
  });
  return outside;
}

/** Errors, dialogs and anything a hostile entry might make run. */
function watchPage(page: Page) {
  const problems: string[] = [];
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("pageerror", (e) => problems.push(`error: ${e.message}`));
  return problems;
}

/** A client's summary page with the seeded entries, every checkbox drawn. */
async function clientSummary(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto("/my-data/summary/");
  await page.evaluate(seedScript, values);
  await page.reload();
  await expect(page.getByRole("checkbox")).toHaveCount(6);
  return page;
}

test("a client sends three entries; the therapist opens them with the passphrase in a fresh browser, and nothing is kept or sent elsewhere", async ({
  browser,
  baseURL,
}) => {
  // Two browsers and two key derivations of 600,000 rounds: more than the default 30 seconds under load.
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const client = await browser.newContext();
  await client.grantPermissions(["clipboard-read", "clipboard-write"]);
  const clientOutside = watchOrigins(client, origin);
  const page = await clientSummary(client);
  const boxes = page.getByRole("checkbox");
  for (const i of [0, 2, 5]) await boxes.nth(i).check();
  const chosen = await page.locator(".summary-entry").allInnerTexts();
  expect(chosen).toHaveLength(3);
  expect(chosen[0]).toContain(HOSTILE_TASK);

  await page.getByText("Send to my therapist").click();
  await expect(page.getByText("The link will hold exactly the 3 entries")).toBeVisible();
  await expect(page.getByText("Anyone who has both the link and the passphrase")).toBeVisible();
  await expectNoAxeViolations(page, "send panel open");
  await page.getByRole("button", { name: "Make the link" }).click();
  const passphrase = page.locator(".send-pass");
  await expect(passphrase).toBeVisible({ timeout: 15_000 });
  const pass = (await passphrase.innerText()).trim();
  expect(pass).toMatch(/^[a-z]+( [a-z]+){4}$/);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await page.getByLabel("Link to send").inputValue());
  expect(link.startsWith(`${origin}/for-therapists/view/#sum=`)).toBe(true);
  expect(link.length).toBeLessThanOrEqual(4000);
  expect(link).not.toContain(pass.split(" ")[0]!);
  await expectNoAxeViolations(page, "link made");
  const fitsPhone = async (p: Page) => {
    await p.setViewportSize({ width: 320, height: 640 });
    await expect
      .poll(() => p.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(320);
    await p.setViewportSize({ width: 1280, height: 720 });
  };
  await fitsPhone(page);
  await client.close();

  const therapist = await browser.newContext();
  const outside = watchOrigins(therapist, origin);
  const view = await therapist.newPage();
  const problems = watchPage(view);
  await view.goto(link);
  const input = view.getByLabel("Passphrase your client gave you");
  await expect(input).toBeVisible();
  // The code is out of the address bar (and its history entry) at once.
  expect(view.url()).toBe(`${origin}/for-therapists/view/`);

  await input.fill("these are not the words");
  await view.getByRole("button", { name: "Open" }).click();
  await expect(view.getByRole("alert")).toContainText("These words do not open this link", {
    timeout: 15_000,
  });
  await expect(view.locator(".summary-entry")).toHaveCount(0);
  await expectNoAxeViolations(view, "wrong passphrase");

  // Read aloud and typed in capitals with extra spaces, it still opens.
  await input.fill(`  ${pass.toUpperCase().replace(/ /g, "   ")} `);
  await view.getByRole("button", { name: "Open" }).click();
  await expect(view.locator(".summary-entry")).toHaveCount(3, { timeout: 15_000 });
  expect(await view.locator(".summary-entry").allInnerTexts()).toEqual(chosen);
  await expect(view.getByText("3 entries.")).toBeVisible();
  await expect(view.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  await expect(view.getByRole("button", { name: "Save as a text file" })).toBeVisible();
  // Hostile text is shown as text: no element was made from it, and nothing ran.
  await expect(view.locator(".summary img, .summary script")).toHaveCount(0);
  expect(await view.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expectNoAxeViolations(view, "entries open");
  await fitsPhone(view);
  // Printed, the page is the entries alone, under the site's name.
  await view.emulateMedia({ media: "print" });
  await expect(view.locator(".summary-entry").first()).toBeVisible();
  await expect(view.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(view.getByText("Your client chose some of their worksheet entries")).toBeHidden();
  await view.emulateMedia({ media: "screen" });

  const download = view.waitForEvent("download");
  await view.getByRole("button", { name: "Save as a text file" }).click();
  const file = await (await download).createReadStream();
  let text = "";
  for await (const chunk of file) text += String(chunk);
  expect(text).toContain(HOSTILE_TASK);
  expect(text).toContain("entries sent by a client");

  const stored = await view.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
  expect(stored).toEqual({ local: 0, session: 0, databases: [] });
  expect(problems).toEqual([]);
  expect([...clientOutside, ...outside]).toEqual([]);
  await therapist.close();
});

test("a damaged link, or one from a newer version, gets a kind message and the form stays to try again", async ({
  page,
}) => {
  const problems = watchPage(page);
  const future = Buffer.from(Uint8Array.from({ length: 61 }, (_, i) => (i === 0 ? 2 : i))).toString(
    "base64url",
  );
  const input = page.getByLabel("Passphrase your client gave you");
  const tryToOpen = async (message: string) => {
    await input.fill("maple river candle otter quilt");
    await page.getByRole("button", { name: "Open" }).click();
    await expect(page.getByRole("alert")).toContainText(message);
    await expect(input).toHaveValue("maple river candle otter quilt");
    await expect(page.getByRole("button", { name: "Open" })).toBeEnabled();
  };
  await page.goto("/for-therapists/view/#sum=not-a-real-link");
  await tryToOpen("This link is damaged or incomplete");
  await tryToOpen("This link is damaged or incomplete");
  // A second link opened in the same tab is read afresh.
  await Promise.all([
    page.waitForEvent("load"),
    page.evaluate((p) => (location.hash = `#sum=${p}`), future),
  ]);
  await expect(page).toHaveURL(/\/for-therapists\/view\/$/);
  await tryToOpen("made by a newer version of this site");
  await page.goto("/for-therapists/view/");
  await expect(page.getByText("There is no link to open here.")).toBeVisible();
  expect(problems).toEqual([]);
});

test("when the chosen entries do not fit in one link, the page says how many do", async ({
  page,
}) => {
  const long = (n: number) =>
    `Entry ${n}: ` +
    Array.from({ length: 60 }, (_, i) => `word${(n * 7919 + i * 104729) % 99991}`).join(" ");
  const records = Array.from({ length: 40 }, (_, n) => ({
    id: `exp-long-${n}`,
    kind: "experiment",
    createdAt: `2026-10-${String((n % 28) + 1).padStart(2, "0")}T10:00:00.000Z`,
    updatedAt: `2026-10-${String((n % 28) + 1).padStart(2, "0")}T10:00:00.000Z`,
    belief: long(n),
    beliefBefore: 50,
  }));
  await page.goto("/my-data/summary/");
  await page.evaluate(seedScript, {
    "goodenough:experiment-tracker": { version: 2, records },
  });
  await page.reload();
  const boxes = page.getByRole("checkbox");
  await expect(boxes).toHaveCount(40);
  for (let i = 0; i < 40; i++) await boxes.nth(i).check();
  await page.getByText("Send to my therapist").click();
  await page.getByRole("button", { name: "Make the link" }).click();
  await expect(
    page.getByText(/A link can hold only the first \d+ of these 40 entries/),
  ).toBeVisible();
  await expect(page.locator(".send-pass")).toHaveCount(0);
  await expect(page.getByLabel("Link to send")).toHaveCount(0);
});

test("a client may use their own passphrase, if it has at least 16 characters", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await clientSummary(context);
  await page.getByRole("checkbox").first().check();
  await page.getByText("Send to my therapist").click();
  await page.getByRole("radio", { name: "Use my own" }).check();
  const own = page.getByLabel("Your passphrase");
  await own.fill("  Short   words ");
  await page.getByRole("button", { name: "Make the link" }).click();
  await expect(page.getByText("Your passphrase needs at least 16 characters.")).toBeVisible();
  await expect(page.getByLabel("Link to send")).toHaveCount(0);
  await own.fill("Our blue kitchen table");
  await page.getByRole("button", { name: "Make the link" }).click();
  await expect(page.locator(".send-pass")).toHaveText("Our blue kitchen table", {
    timeout: 15_000,
  });
  await expect(page.getByLabel("Link to send")).toHaveValue(/\/for-therapists\/view\/#sum=/);
  await expectNoAxeViolations(page, "own passphrase");
  // Choosing other entries takes the old link away, so it never holds what is no longer chosen.
  await page.getByRole("checkbox").nth(1).check();
  await expect(page.getByLabel("Link to send")).toHaveCount(0);
  await context.close();
});
