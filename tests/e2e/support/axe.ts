import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Runs axe in the light and the dark theme and expects no violations at any impact. */
export async function expectNoAxeViolations(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    // Let the new theme paint before axe reads colours.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target).join(", ")}`),
    ).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}
