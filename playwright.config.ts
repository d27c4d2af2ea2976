import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./tests/e2e/support/chromium";

// Find a browser before anything starts, so a missing one fails fast with one line.
const executablePath = findChromium();
if (executablePath === null) {
  console.error(
    "No Chromium found. Install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH=/path/to/chromium.",
  );
  process.exit(1);
}

// PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.PORT ?? 4321);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    // No colour transitions mid-check: axe must not measure a button halfway
    // through a theme switch. (The site honours this preference everywhere.)
    reducedMotion: "reduce",
    trace: "off",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: executablePath || undefined,
          args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
        },
      },
    },
  ],
  webServer: {
    command: `npx astro preview --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
