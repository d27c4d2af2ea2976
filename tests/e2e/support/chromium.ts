import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * The browser for the e2e tests, in this order: CHROMIUM_PATH, the system's
 * Chromium or Chrome, then Playwright's own download. Returns "" to mean
 * "Playwright's own", and null when there is none at all.
 */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const system = [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
  ];
  const found = system.find((p) => existsSync(p));
  if (found) return found;
  try {
    return existsSync(chromium.executablePath()) ? "" : null;
  } catch {
    return null;
  }
}
