import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Runs axe in the light and the dark theme and expects no violations at any
 * impact. `state` names what is on screen, for the failure message.
 */
export async function expectNoAxeViolations(page: Page, state = "") {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    // Let the new theme paint before axe reads colours: the media query must
    // have switched, then two frames (one can be too soon on a busy machine).
    await page.waitForFunction(
      (dark) => matchMedia("(prefers-color-scheme: dark)").matches === dark,
      colorScheme === "dark",
    );
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map(
        (v) =>
          `${state ? `${state}, ` : ""}${colorScheme}: ${v.id} (${v.impact}) ${v.nodes.map((n) => `${n.target.join(" ")} (${n.failureSummary ?? ""})`).join(", ")}`,
      ),
    ).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}
