import { expect, test, type Page } from "@playwright/test";
import { seedScript } from "./support/seed";
import { workedThought } from "../support/thought-record";

/**
 * Charts on a phone: at 375 px, no chart word renders below 12 px, and no
 * label pokes out of its chart. Each page is seeded with enough data to draw
 * its chart.
 */
const t = (day: number, hour = 10) =>
  `2026-11-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00.000Z`;
const meta = (id: string, day = 1) => ({ id, createdAt: t(day), updatedAt: t(day) });
const value = (records: Record<string, unknown>[]) => ({ version: 2, records });

const goal = (id: string, day: string, status: string) => ({
  ...meta(id),
  kind: "goal",
  day,
  task: `Goal ${id}`,
  goodEnough: "A first rough pass",
  status,
});
const experiment = (id: string, day: number, experiment: string) => ({
  ...meta(id, day),
  kind: "experiment",
  status: "done",
  belief: "If I send this after one read, my boss will think I'm careless.",
  experiment,
  beliefBefore: 80,
  beliefAfter: 100,
  predictionCameTrue: "no",
});
const ITEMS = ["fear", "standards", "doubt", "all-or-nothing", "procrastination", "self-worth"];
const result = (id: string, day: number, answer: number) => ({
  ...meta(id, day),
  kind: "result",
  instrumentId: "good-enough-reflection",
  instrumentVersion: 1,
  completedAt: t(day),
  answers: Object.fromEntries(
    [...ITEMS, "impact"].flatMap((d) => [1, 2, 3].map((n) => [`${d}-${n}`, answer])),
  ),
  domains: [...ITEMS.map((d) => (d === "doubt" ? "self-doubt" : d)), "impact"].map((id) => ({
    id: id === "fear" ? "fear-of-failure" : id === "standards" ? "unrealistic-standards" : id,
    score: answer,
    band: "high",
  })),
  overall: { score: answer, band: "high" },
  impact: { score: answer, band: "high" },
});
const thought = (id: string, day: number) =>
  workedThought({
    ...meta(id, day),
    when: t(day, 9),
    emotions: [
      { name: "anxious", before: 100, after: 40 },
      { name: "ashamed and embarrassed in front of everyone", before: 60, after: 100 },
    ],
    beliefBefore: 100,
  });

const SEED = {
  "goodenough:goal-planner": value([
    goal("a", "2026-11-02", "done"),
    goal("b", "2026-11-02", "partly"),
    goal("c", "2026-11-02", "let-go"),
    goal("d", "2026-11-03", "planned"),
    goal("e", "2026-11-03", "done"),
    { ...meta("r"), kind: "reflection", day: "2026-11-02", anxiety: 10, satisfaction: 10 },
  ]),
  "goodenough:experiment-tracker": value([
    experiment("x1", 2, "Send the quarterly report to the whole team after reading it only once."),
    experiment("x2", 3, "Leave the dishes overnight."),
  ]),
  "goodenough:self-screen": value([result("s1", 2, 4), result("s2", 5, 3)]),
  "goodenough:thought-record": value([thought("t1", 2)]),
  "goodenough:exposure-ladder": value([
    { ...meta("work"), kind: "ladder", theme: "Being seen to make a mistake" },
    {
      ...meta("s-text"),
      kind: "step",
      ladderId: "work",
      description: "Send a text with a typo",
      expectedSuds: 30,
      mastered: false,
    },
    ...Array.from({ length: 30 }, (_, i) => ({
      ...meta(`p${i}`),
      kind: "practice",
      stepId: "s-text",
      day: `2026-11-${String(i + 1).padStart(2, "0")}`,
      before: 100,
      peak: i % 2 ? 100 : 0,
      after: i === 3 ? undefined : 10,
    })),
  ]),
};

const PAGES: [string, number][] = [
  ["/worksheets/goal-planner/week/?day=2026-11-02", 2],
  ["/worksheets/experiment-tracker/insights/", 1],
  ["/worksheets/self-screen/results/", 1],
  ["/worksheets/self-screen/results/?id=s1", 1],
  ["/worksheets/thought-record/", 1],
  ["/worksheets/exposure-ladder/practice/?step=s-text", 1],
];

/**
 * For every chart on the page: the height of its smallest rendered text (SVG
 * text as drawn, after any scaling), and any label whose box leaves its chart's box.
 */
const measure = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".chart-plot")].map((plot) => {
      const box = plot.getBoundingClientRect();
      const sizes: number[] = [];
      const outside: string[] = [];
      const walker = document.createTreeWalker(plot, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const el = node.parentElement!;
        const font = parseFloat(getComputedStyle(el).fontSize);
        // An SVG's text is drawn at its font size times the SVG's scale.
        const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
        sizes.push(font * (ctm ? Math.hypot(ctm.a, ctm.b) : 1));
        const range = document.createRange();
        range.selectNodeContents(node);
        const r = range.getBoundingClientRect();
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5)
          outside.push(node.textContent);
        if (r.bottom > box.bottom + 0.5) outside.push(node.textContent);
        // Text cut short by overflow: its element is narrower than what it holds.
        if (el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1)
          outside.push(node.textContent);
      }
      return { smallest: Math.min(...sizes), count: sizes.length, outside };
    }),
  );

const check = async (page: Page, path: string, charts: number) => {
  await page.addInitScript(seedScript, SEED);
  await page.goto(path);
  await expect(page.locator(".chart-plot")).toHaveCount(charts);
  await expect(page.locator(".chart-plot").first()).toBeVisible();
  const found = await measure(page);
  for (const chart of found) {
    expect(chart.count).toBeGreaterThan(0);
    expect(chart.smallest).toBeGreaterThanOrEqual(12);
    expect(chart.outside).toEqual([]);
  }
  // Every chart keeps its table.
  await expect(page.locator(".chart table")).toHaveCount(charts);
};

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 800 } });
  for (const [path, charts] of PAGES)
    test(`at 375 px, chart words on ${path} are at least 12 px and none is cut off`, async ({
      page,
    }) => check(page, path, charts));
});

test("at 1280 px, the single result's chart shows every label whole", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await check(page, "/worksheets/self-screen/results/?id=s1", 1);
});
