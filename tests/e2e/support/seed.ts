import type { Page } from "@playwright/test";

/** Stored values in each worksheet's current shape, for seeding a browser's localStorage. */
const t = (day: number) => `2026-11-${String(day).padStart(2, "0")}T10:00:00.000Z`;

export const seedValues = {
  "goodenough:experiment-tracker": {
    version: 2,
    records: [1, 2, 3].map((n) => ({
      id: `exp-${n}`,
      kind: "experiment",
      createdAt: t(n),
      updatedAt: t(n),
      belief: `If I send it after one read, people will think I am careless (${n})`,
      beliefBefore: 80,
    })),
  },
  "goodenough:goal-planner": {
    version: 2,
    records: [
      {
        id: "g1",
        kind: "goal",
        createdAt: t(2),
        updatedAt: t(2),
        day: "2026-11-02",
        task: "Email Sam",
        goodEnough: "One read, then send",
        status: "planned",
      },
      {
        id: "g2",
        kind: "goal",
        createdAt: t(3),
        updatedAt: t(3),
        day: "2026-11-03",
        task: "Draft report",
        goodEnough: "Rough outline",
        status: "done",
      },
    ],
  },
} as const;

export const seedScript = (values: Record<string, unknown>) => {
  for (const [k, v] of Object.entries(values)) localStorage.setItem(k, JSON.stringify(v));
};

/** Opens `path`, stores `records` as the worksheet's value under `key`, and reloads. */
export async function seedWorksheet(
  page: Page,
  path: string,
  key: string,
  records: Record<string, unknown>[],
) {
  await page.goto(path);
  await page.evaluate(([k, value]) => localStorage.setItem(k, value), [
    key,
    JSON.stringify({ version: 2, records }),
  ] as const);
  await page.reload();
}

/** Makes the page's browser refuse localStorage, as some privacy settings do. Call before goto. */
export const blockStorage = (page: Page) =>
  page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("blocked", "SecurityError");
      },
    });
  });

/**
 * What the site has stored for a worksheet (`key` is goodenough:<worksheet>):
 * its records from every month's key, and from the single key older versions
 * used, in creation order. `{ version: 0, records: [] }` when nothing is stored.
 */
export const readStored = (page: Page, key: string) =>
  page.evaluate((base) => {
    let version = 0;
    const records: { createdAt: string }[] = [];
    for (const k of Object.keys(localStorage)) {
      const month = k.startsWith(`${base}/`) && /^\d{4}-\d\d$/.test(k.slice(base.length + 1));
      if (k !== base && !month) continue;
      const value = JSON.parse(localStorage.getItem(k)!);
      version = value.version;
      records.push(...value.records);
    }
    records.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
    return { version, records };
  }, key) as Promise<{ version: number; records: Record<string, unknown>[] }>;
