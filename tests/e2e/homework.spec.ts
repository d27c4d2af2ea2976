import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readStored, seedWorksheet } from "./support/seed";

/** Makes a link on the For therapists page, as a therapist would. */
async function buildLink(page: Page, worksheet: string, from: string, note: string, due?: string) {
  await page.goto("/for-therapists/");
  await page.getByRole("radio", { name: worksheet }).check();
  await page.getByLabel("Your name, as your client knows you").fill(from);
  await page.getByLabel("A note to your client").fill(note);
  if (due) await page.getByLabel("Due date").fill(due);
  await page.getByRole("button", { name: "Make the link" }).click();
  return page.getByLabel("Link to send").inputValue();
}

/** A fresh browser profile: the client's own device. */
async function clientPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

/** Watches for anything a hostile link might make run. */
function watchForScripts(page: Page) {
  const problems: string[] = [];
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`error: ${e.message}`));
  return problems;
}

test.describe("homework links", () => {
  test("a therapist builds a link with a copy button and a QR code", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const link = await buildLink(
      page,
      "Perfectionism self-screen",
      "Dr. Rivera",
      "Before our next session.",
      "2026-12-03",
    );
    expect(link).toMatch(
      /^http:\/\/localhost:\d+\/worksheets\/self-screen\/#hw=[jz][A-Za-z0-9_-]+$/,
    );
    expect(link.length).toBeLessThanOrEqual(2000);
    await expect(page.getByRole("img", { name: "QR code of the homework link" })).toBeVisible();
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  test("the client sees the banner, adds the homework once, and the link leaves the address bar", async ({
    page,
    browser,
  }) => {
    const link = await buildLink(
      page,
      "Perfectionism self-screen",
      "Dr. Rivera",
      "Before our next session.",
      "2026-12-03",
    );
    const client = await clientPage(browser);
    await client.goto(link);
    // The worksheet hands the link to its homework page, and the link leaves the address bar.
    await expect(client).toHaveURL(/\/worksheets\/self-screen\/homework\/$/);
    const banner = client.getByRole("region", { name: "Homework", exact: true });
    await expect(banner).toContainText(
      "This link says it comes from Dr. Rivera: Before our next session.",
    );
    await expect(banner).toContainText("Due Dec 3, 2026");
    expect(new URL(client.url()).hash).toBe("");
    expect((await readStored(client, "goodenough:homework")).records).toEqual([]);
    await banner.getByRole("button", { name: "Add to my worksheet" }).click();
    await expect(banner).toContainText("Added to your worksheet");
    const list = client.getByRole("region", { name: "My homework for this worksheet" });
    await expect(list).toContainText("1 to do");

    await client.goto(link);
    await expect(banner).toContainText("You added this homework before");
    await expect(client.getByRole("button", { name: "Add to my worksheet" })).toHaveCount(0);
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await list.getByRole("checkbox", { name: /Dr\. Rivera/ }).check();
    await expect(list).toContainText("0 to do");
    await client.getByRole("link", { name: "Open the perfectionism self-screen" }).click();
    await expect(client.getByRole("button", { name: "Start the self-screen" })).toBeVisible();
  });

  test("an experiment link adds one planned experiment, pre-filled, and never twice", async ({
    page,
    browser,
  }) => {
    await page.goto("/for-therapists/");
    await page.getByRole("radio", { name: "Behavioral experiment tracker" }).check();
    await page.getByLabel("Your name, as your client knows you").fill("Sam");
    await page.getByLabel("Start from a ready experiment").selectOption({ index: 1 });
    const template = (await page
      .getByLabel("Start from a ready experiment")
      .locator("option:checked")
      .textContent())!;
    await page.getByRole("button", { name: "Make the link" }).click();
    const link = await page.getByLabel("Link to send").inputValue();

    const client = await clientPage(browser);
    await client.goto("/worksheets/experiment-tracker/");
    await client.evaluate(() =>
      localStorage.setItem(
        "goodenough:experiment-tracker",
        JSON.stringify({
          version: 2,
          records: [
            {
              id: "mine",
              kind: "experiment",
              createdAt: "2026-11-01T10:00:00.000Z",
              updatedAt: "2026-11-01T10:00:00.000Z",
              belief: "My own belief",
            },
          ],
        }),
      ),
    );
    await client.goto(link);
    await expect(client).toHaveURL(/\/worksheets\/experiment-tracker\/homework\/$/);
    await client.getByRole("button", { name: "Add to my worksheet" }).click();
    await client.goto(link);
    await expect(client.getByRole("region", { name: "Homework", exact: true })).toContainText(
      "You added this homework before",
    );
    const stored = (await readStored(client, "goodenough:experiment-tracker")).records;
    expect(stored).toHaveLength(2);
    expect(stored[0]).toMatchObject({ id: "mine", belief: "My own belief" });
    expect(stored[1]).toMatchObject({ status: "planned", homeworkId: expect.any(String) });
    expect(template.length).toBeGreaterThan(3);
    await client.getByRole("link", { name: "Open the behavioral experiment tracker" }).click();
    await expect(client.getByText("My own belief")).toBeVisible();
  });

  const broken = [
    ["cut short", (l: string) => l.slice(0, l.length - 12)],
    ["tampered", (l: string) => l.replace(/#hw=(.)(.)/, "#hw=$1x")],
    ["of an unknown format", (l: string) => l.replace(/#hw=./, "#hw=q")],
    ["oversize", (l: string) => `${l}${"A".repeat(2100)}`],
  ] as const;
  for (const [name, breakIt] of broken) {
    test(`a link that is ${name} is refused kindly and changes nothing`, async ({
      page,
      browser,
    }) => {
      const link = breakIt(
        await buildLink(page, "Perfectionism self-screen", "Dr. Rivera", "Hello"),
      );
      const client = await clientPage(browser);
      await client.goto(link);
      await expect(client.getByRole("alert")).toContainText("This homework link could not be read");
      await expect(client.getByRole("alert")).toContainText("ask your therapist for a new one");
      await expect(
        client.getByRole("link", { name: "Open the perfectionism self-screen" }),
      ).toBeVisible();
      expect(await client.evaluate(() => Object.keys(localStorage))).toEqual([]);
    });
  }

  test("an unknown link version is refused", async ({ browser }) => {
    const payload = Buffer.from(
      JSON.stringify({ v: 2, id: "abcdEFGH1234", w: "self-screen" }),
    ).toString("base64url");
    const client = await clientPage(browser);
    await client.goto(`/worksheets/self-screen/#hw=j${payload}`);
    await expect(client.getByRole("alert")).toContainText("could not be read");
  });

  test("a link made for another worksheet is refused", async ({ browser }) => {
    const payload = Buffer.from(
      JSON.stringify({ v: 1, id: "abcdEFGH1234", w: "goal-planner" }),
    ).toString("base64url");
    const client = await clientPage(browser);
    await client.goto(`/worksheets/self-screen/#hw=j${payload}`);
    await expect(client.getByRole("alert")).toContainText("could not be read");
  });
});

/** A hand-made link payload ("j" + base64url JSON), for links the builder cannot make. */
const payloadOf = (hw: object) => `j${Buffer.from(JSON.stringify(hw)).toString("base64url")}`;

test.describe("homework in view", () => {
  // Two browser profiles, several pages and an accessibility scan: more than the default 30 s on a busy machine.
  test.describe.configure({ timeout: 60_000 });
  test("a badge on /worksheets/ says homework is waiting, and leads to it, until it is done", async ({
    page,
    browser,
  }) => {
    const link = await buildLink(page, "Thought record", "Dr. Rivera", "One this week.");
    const client = await clientPage(browser);
    await client.goto("/worksheets/");
    // Nothing added yet: no badge anywhere.
    await expect(client.getByRole("link", { name: /from your therapist/ })).toHaveCount(0);
    await client.goto(link);
    await client.getByRole("button", { name: "Add to my worksheet" }).click();
    await expect(client.getByRole("region", { name: "Homework", exact: true })).toContainText(
      "Added to your worksheet",
    );

    await client.goto("/worksheets/");
    const card = client.getByRole("listitem").filter({ hasText: "Thought record" });
    const badge = card.getByRole("link", { name: "1 assignment from your therapist" });
    await expect(badge).toBeVisible();
    await expect(client.getByRole("link", { name: /from your therapist/ })).toHaveCount(1);
    const { violations } = await new AxeBuilder({ page: client }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);

    await badge.click();
    await expect(client).toHaveURL(/\/worksheets\/thought-record\/homework\/$/);
    await client
      .getByRole("region", { name: "My homework for this worksheet" })
      .getByRole("checkbox", { name: /Dr\. Rivera/ })
      .check();
    await client.goto("/worksheets/");
    await expect(client.getByRole("link", { name: /from your therapist/ })).toHaveCount(0);
  });

  test("a thought record link previews its words before Add, and leads to the new record after", async ({
    page,
    browser,
  }) => {
    await page.goto("/for-therapists/");
    await page.getByRole("radio", { name: "Thought record" }).check();
    await page.getByLabel(/A situation to write about/).fill("The team meeting on Monday");
    await page
      .getByLabel(/An automatic thought to look at/)
      .fill("If it isn't perfect, I've failed");
    await page.getByRole("button", { name: "Make the link" }).click();
    const link = await page.getByLabel("Link to send").inputValue();
    const client = await clientPage(browser);
    await client.goto(link);
    const banner = client.getByRole("region", { name: "Homework", exact: true });
    await expect(banner.getByRole("term")).toHaveText(["The situation", "The automatic thought"]);
    await expect(banner.getByRole("definition")).toHaveText([
      "The team meeting on Monday",
      "If it isn't perfect, I've failed",
    ]);
    await banner.getByRole("button", { name: "Add to my worksheet" }).click();
    await banner.getByRole("link", { name: "See what was added" }).click();
    await expect(client).toHaveURL(/\/worksheets\/thought-record\/write\/\?draft=/);
    await expect(client.getByLabel("What was going on")).toHaveValue("The team meeting on Monday");
  });

  test("experiment and journal links lead to the entry they added, open and focused", async ({
    page,
    browser,
  }) => {
    await page.goto("/for-therapists/");
    await page.getByRole("radio", { name: "Behavioral experiment tracker" }).check();
    await page.getByLabel("Start from a ready experiment").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Make the link" }).click();
    const experimentLink = await page.getByLabel("Link to send").inputValue();
    await page.goto("/for-therapists/");
    await page.getByRole("radio", { name: "Self-compassion journal" }).check();
    await page.getByLabel(/A moment or theme/).fill("The report I sent late");
    await page.getByRole("button", { name: "Make the link" }).click();
    const journalLink = await page.getByLabel("Link to send").inputValue();

    const client = await clientPage(browser);
    await client.goto(experimentLink);
    let banner = client.getByRole("region", { name: "Homework", exact: true });
    await banner.getByRole("button", { name: "Add to my worksheet" }).click();
    const [added] = (await readStored(client, "goodenough:experiment-tracker")).records;
    await banner.getByRole("link", { name: "See what was added" }).click();
    await expect(client).toHaveURL(/\/worksheets\/experiment-tracker\/\?experiment=/);
    const heading = client.getByRole("heading", { level: 2 }).and(client.locator(":focus"));
    await expect(heading).toBeVisible();
    await expect(client.getByRole("article")).toContainText(String(added!.belief));

    await client.goto(journalLink);
    banner = client.getByRole("region", { name: "Homework", exact: true });
    await banner.getByRole("button", { name: "Add to my worksheet" }).click();
    await banner.getByRole("link", { name: "See what was added" }).click();
    await expect(client).toHaveURL(/\/worksheets\/self-compassion-journal\/\?entry=/);
    const focused = client.locator(":focus");
    await expect(focused).toBeInViewport();
    await expect(focused.locator("xpath=..")).toContainText("The report I sent late");
  });

  test("counts assignments from every month, leaving out deleted and done ones", async ({
    page,
  }) => {
    const at = (month: string) => ({
      createdAt: `2026-${month}-02T10:00:00.000Z`,
      updatedAt: `2026-${month}-02T10:00:00.000Z`,
    });
    await seedWorksheet(page, "/worksheets/", "goodenough:homework/2026-11", [
      { id: "aaaaaaaa1", kind: "assignment", worksheet: "goal-planner", ...at("11") },
      { id: "aaaaaaaa2", deleted: true, ...at("11") },
    ]);
    await seedWorksheet(page, "/worksheets/", "goodenough:homework/2026-12", [
      { id: "aaaaaaaa3", kind: "assignment", worksheet: "goal-planner", ...at("12") },
      {
        id: "aaaaaaaa4",
        kind: "assignment",
        worksheet: "goal-planner",
        doneAt: "2026-12-03T10:00:00.000Z",
        ...at("12"),
      },
    ]);
    await expect(
      page.getByRole("link", { name: "2 assignments from your therapist" }),
    ).toHaveAttribute("href", "/worksheets/goal-planner/homework/");
  });
});

test.describe("the worksheet page forwards a homework link", () => {
  test("to the homework page, keeping the link, without the worksheet's own script", async ({
    browser,
  }) => {
    const client = await clientPage(browser);
    // The thought record's island never runs, so only the layout can forward the link.
    await client.route(/\/_astro\/ThoughtRecord\.[^/]*\.js$/, (route) => route.abort());
    const hw = { v: 1, id: "fwdTEST12345", w: "thought-record", from: "Dr. Rivera" };
    await client.goto(`/worksheets/thought-record/#hw=${payloadOf(hw)}`);
    await expect(client).toHaveURL(/\/worksheets\/thought-record\/homework\/$/);
    await expect(client.getByRole("region", { name: "Homework", exact: true })).toContainText(
      "This link says it comes from Dr. Rivera",
    );
  });

  test("from a worksheet's second page too", async ({ browser }) => {
    const client = await clientPage(browser);
    const hw = { v: 1, id: "fwdTEST67890", w: "exposure-ladder" };
    await client.goto(`/worksheets/exposure-ladder/practice/#hw=${payloadOf(hw)}`);
    await expect(client).toHaveURL(/\/worksheets\/exposure-ladder\/homework\/$/);
    await expect(client.getByRole("button", { name: "Add to my worksheet" })).toBeVisible();
  });
});

test.describe("pre-fill that cannot be used whole", () => {
  test("is refused before Add, with the reason, and the link can be tried again", async ({
    browser,
  }) => {
    const client = await clientPage(browser);
    const hw = {
      v: 1,
      id: "noBELIEF1234",
      w: "experiment-tracker",
      prefill: { template: "no-such-template", experiment: "Send it after one read" },
    };
    const link = `/worksheets/experiment-tracker/homework/#hw=${payloadOf(hw)}`;
    await client.goto(link);
    const banner = client.getByRole("region", { name: "Homework", exact: true });
    await expect(banner).toContainText("The ready experiment this link names is not on this site");
    await expect(banner).toContainText("the link has no belief to test");
    await expect(banner).toContainText("Nothing from this link can be added");
    await expect(banner.getByRole("button", { name: "Add to my worksheet" })).toHaveCount(0);
    await expect(banner).not.toContainText("Added to your worksheet");
    // Not remembered: opening it again offers it again rather than "added before".
    await client.goto("/worksheets/experiment-tracker/");
    await client.goto(link);
    await expect(banner).toContainText("Nothing from this link can be added");
    await expect(banner).not.toContainText("You added this homework before");
    expect((await readStored(client, "goodenough:homework")).records).toEqual([]);
    expect((await readStored(client, "goodenough:experiment-tracker")).records).toEqual([]);
  });

  test("is used in part, saying before Add what is left out", async ({ browser }) => {
    const client = await clientPage(browser);
    const hw = {
      v: 1,
      id: "partLY123456",
      w: "experiment-tracker",
      prefill: { template: "no-such-template", belief: "If I pause, they'll think I'm slow" },
    };
    await client.goto(`/worksheets/experiment-tracker/homework/#hw=${payloadOf(hw)}`);
    const banner = client.getByRole("region", { name: "Homework", exact: true });
    await expect(banner).toContainText("The ready experiment this link names is not on this site");
    await banner.getByRole("button", { name: "Add to my worksheet" }).click();
    await expect(banner).toContainText("Added to your worksheet, apart from what is listed above.");
    const stored = (await readStored(client, "goodenough:experiment-tracker")).records;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ belief: "If I pause, they'll think I'm slow" });
    expect(stored[0]).not.toHaveProperty("templateId");
  });
});

// Payloads in the style of the OWASP XSS filter evasion cheat sheet.
const xss = [
  `<script>alert(1)</script>`,
  `<img src=x onerror=alert(1)>`,
  `<svg onload=alert(1)>`,
  `<svg/onload=alert(1)>`,
  `javascript:alert(1)`,
  `</script><script>alert(1)</script>`,
  `"><script>alert(1)</script>`,
  `'><img src=x onerror=alert(1)>`,
  `<iframe src="javascript:alert(1)"></iframe>`,
  `<body onload=alert(1)>`,
  `<a href="javascript:alert(1)">x</a>`,
  `<math><mi xlink:href="javascript:alert(1)">x</mi></math>`,
  `<details open ontoggle=alert(1)>`,
  `<input autofocus onfocus=alert(1)>`,
  `<video><source onerror=alert(1)></video>`,
  `<object data="javascript:alert(1)"></object>`,
  `<embed src="javascript:alert(1)">`,
  `<style>@import 'javascript:alert(1)';</style>`,
  `<div style="background:url(javascript:alert(1))">`,
  `{{constructor.constructor('alert(1)')()}}`,
  `<img src="x" onerror="&#97;&#108;&#101;&#114;&#116;(1)">`,
  `<scr<script>ipt>alert(1)</scr</script>ipt>`,
];

test.describe("hostile homework links", () => {
  test.describe.configure({ timeout: 120_000 });
  test(`show ${xss.length} XSS payloads as plain text, run nothing, and break no CSP rule`, async ({
    browser,
  }) => {
    const client = await clientPage(browser);
    const problems = watchForScripts(client);
    const csp: string[] = [];
    await client.exposeFunction("reportCsp", (v: string) => csp.push(v));
    await client.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { reportCsp(v: string): void }).reportCsp(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    for (const [i, payload] of xss.entries()) {
      const hw = {
        v: 1,
        id: `xssTest${String(i).padStart(4, "0")}`,
        w: "self-screen",
        from: payload.slice(0, 80),
        note: payload,
      };
      const encoded = Buffer.from(JSON.stringify(hw)).toString("base64url");
      await client.goto(`/worksheets/self-screen/homework/#hw=j${encoded}`);
      const banner = client.getByRole("region", { name: "Homework", exact: true });
      await expect(banner).toContainText(`: ${payload}`, { useInnerText: true });
      await banner.getByRole("button", { name: "Add to my worksheet" }).click();
      await expect(banner).toContainText("Added to your worksheet");
      expect(
        await banner
          .locator("img, svg, iframe, script, object, embed, a, details, input, video, math")
          .count(),
      ).toBe(0);
    }
    expect(problems).toEqual([]);
    expect(csp).toEqual([]);
  });
});

test.describe("session summary", () => {
  test("entries from a newer version of the site, or that the page cannot read, are left out, and the page says where to see them", async ({
    page,
  }) => {
    const t = "2026-11-20T10:00:00.000Z";
    const entry = (id: string, belief: string) => ({
      id,
      kind: "experiment",
      createdAt: t,
      updatedAt: t,
      belief,
    });
    await page.goto("/my-data/summary/");
    await page.evaluate(
      ([now, later]) => {
        localStorage.setItem("goodenough:experiment-tracker/2026-10", JSON.stringify(now));
        localStorage.setItem("goodenough:experiment-tracker/2026-11", JSON.stringify(later));
      },
      [
        // An entry with no belief, as no version of the site writes it: only it is left out.
        {
          version: 2,
          records: [entry("e1", "Readable today"), { ...entry("e3", ""), belief: null }],
        },
        { version: 99, records: [entry("e2", "From a later version")] },
      ],
    );
    await page.reload();
    await expect(page.getByText("Readable today")).toBeVisible();
    await expect(page.getByText("From a later version")).toHaveCount(0);
    await expect(
      page.getByText(/Some entries from “Behavioral experiment tracker” cannot be shown here/),
    ).toBeVisible();
  });

  test("six chosen entries print on at most two pages", async ({ page }) => {
    const t = "2026-11-20T10:00:00.000Z";
    const experiments = Array.from({ length: 6 }, (_, i) => ({
      id: `e${i}`,
      kind: "experiment",
      createdAt: t,
      updatedAt: t,
      belief: `If my work has one mistake, people will stop trusting me (${i + 1})`,
      experiment: "Send the weekly report after one read-through instead of four.",
      prediction: "My manager will point out every error and ask me to redo it.",
      beliefBefore: 80,
      beliefAfter: 35,
    }));
    await seedWorksheet(
      page,
      "/my-data/summary/?worksheet=experiment-tracker",
      "goodenough:experiment-tracker",
      experiments,
    );
    // Wait for the island's list before ticking it: all() does not wait.
    await expect(page.getByRole("checkbox").nth(5)).toBeVisible();
    for (const box of await page.getByRole("checkbox").all()) await box.check();
    await expect(
      page.getByRole("region", { name: "Your summary" }).getByRole("article"),
    ).toHaveCount(6);
    const pdf = (await page.pdf({ format: "Letter" })).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(2);
  });

  test("prints, or downloads as readable text, only the chosen entries, one block each", async ({
    page,
  }) => {
    await page.goto("/my-data/");
    await page.evaluate(() => {
      const t = "2026-11-20T10:00:00.000Z";
      localStorage.setItem(
        "goodenough:experiment-tracker",
        JSON.stringify({
          version: 2,
          records: [
            {
              id: "e1",
              kind: "experiment",
              createdAt: t,
              updatedAt: t,
              belief: "Nobody will like it unless it is perfect",
              beliefBefore: 80,
              beliefAfter: 30,
            },
            {
              id: "e2",
              kind: "experiment",
              createdAt: t,
              updatedAt: t,
              belief: "I must reply at once",
            },
          ],
        }),
      );
    });
    await page.goto("/my-data/summary/?worksheet=experiment-tracker");
    await page.getByRole("checkbox", { name: /Nobody will like it/ }).check();
    const preview = page.getByRole("region", { name: "Your summary" });
    await expect(preview.getByRole("article")).toHaveCount(1);
    await expect(preview).toContainText("80% → 30%");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("checkbox").first()).toBeHidden();
    await expect(preview).toBeVisible();
    await page.emulateMedia({ media: "screen" });
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeEnabled();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download as a text file" }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^good-enough-summary-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = readFileSync(await saved.path(), "utf8");
    // A readable file: headings, the entry's date and its fields, no JSON, and only the chosen entry.
    expect(text).toMatch(/^Good Enough: session summary\n=+\n/);
    expect(text).toContain("\nBehavioral experiment tracker\n---");
    expect(text).toContain("Nobody will like it unless it is perfect");
    expect(text).toMatch(/\nDate: [A-Z][a-z]+ \d{1,2}, \d{4}\n/);
    expect(text).toContain("80% → 30%");
    expect(text).not.toContain("I must reply at once");
    expect(text).not.toContain("{");
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe("goal-planner homework", () => {
  /** A therapist's goal-planner link: 2 goals a day, "finish lines", due Dec 10, 2026. */
  async function goalLink(page: Page) {
    await page.goto("/for-therapists/");
    await page.getByRole("radio", { name: "Good-enough goal planner" }).check();
    await page.getByLabel("Due date").fill("2026-12-10");
    await page.getByLabel("Suggested goals a day").selectOption("2");
    await page.getByLabel("What to practice").fill("finish lines");
    await page.getByRole("button", { name: "Make the link" }).click();
    return page.getByLabel("Link to send").inputValue();
  }

  test("previews what it adds, sets the daily limit when none is set, carries the due date, and links to the line", async ({
    page,
    browser,
  }) => {
    const link = await goalLink(page);
    const client = await clientPage(browser);
    await client.goto(link);
    await expect(client).toHaveURL(/\/worksheets\/goal-planner\/homework\/$/);
    const banner = client.getByRole("region", { name: "Homework", exact: true });
    await expect(banner).toContainText("What will be added:");
    await expect(banner.getByRole("definition")).toHaveText([
      "2 goals a day",
      "Practice from my therapist, due Dec 10, 2026: finish lines",
    ]);
    await expect(banner.getByRole("checkbox")).toHaveCount(0);
    await banner.getByRole("button", { name: "Add to my worksheet" }).click();
    await expect(banner).toContainText("Added to your worksheet");
    const records = (await readStored(client, "goodenough:goal-planner")).records;
    expect(records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "settings", dailyLimit: 2 }),
        expect.objectContaining({
          kind: "dump",
          text: "Practice from my therapist, due Dec 10, 2026: finish lines",
        }),
      ]),
    );
    await banner.getByRole("link", { name: "See what was added" }).click();
    await expect(client).toHaveURL(/\/worksheets\/goal-planner\/$/);
    await expect(
      client.getByText("Practice from my therapist, due Dec 10, 2026: finish lines"),
    ).toBeVisible();
  });

  test("offers a suggested daily limit to someone who chose their own, and uses it only if they say so", async ({
    page,
    browser,
  }) => {
    const link = await goalLink(page);
    const t = "2026-12-01T10:00:00.000Z";
    const settings = {
      id: "settings",
      kind: "settings",
      dailyLimit: 5,
      createdAt: t,
      updatedAt: t,
    };
    for (const use of [false, true]) {
      const client = await clientPage(browser);
      await seedWorksheet(client, "/worksheets/", "goodenough:goal-planner/2026-12", [settings]);
      await client.goto(link);
      const banner = client.getByRole("region", { name: "Homework", exact: true });
      const offer = banner.getByRole("checkbox", {
        name: "Your therapist suggests 2 goals a day. Use it? (Yours is 5.)",
      });
      await expect(offer).not.toBeChecked();
      if (use) await offer.check();
      await banner.getByRole("button", { name: "Add to my worksheet" }).click();
      await expect(banner).toContainText("Added to your worksheet");
      const stored = (await readStored(client, "goodenough:goal-planner")).records;
      expect(stored.find((r) => r.id === "settings")).toMatchObject({
        dailyLimit: use ? 2 : 5,
      });
    }
  });
});
