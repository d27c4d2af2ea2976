// Runs the W3C Nu HTML checker (vnu-jar) over every page in dist/ and fails on
// any error. It needs Java 8 or newer; where there is none, it says so and
// skips rather than failing, so `npm test` still runs on a machine without it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const java = spawnSync("java", ["-version"], { stdio: "ignore" });
if (java.error || java.status !== 0) {
  console.log(
    "HTML check SKIPPED: no Java found. The Nu HTML checker (vnu-jar) needs Java 8 or newer " +
      "(Debian: apt-get install -y default-jre-headless). Install it to check dist/.",
  );
  process.exit(0);
}
if (!existsSync("dist")) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}

const jar: string = createRequire(import.meta.url)("vnu-jar");
// The checker's CSS grammar predates `field-sizing` (CSS Basic User Interface 4,
// in Chromium since 123), so it calls a real property unknown. That one message
// is the only thing filtered; every other error fails the check.
const knownGaps = ".*Property “field-sizing” doesn.t exist.*";
const run = spawnSync(
  "java",
  [
    "-jar",
    jar,
    "--errors-only",
    "--skip-non-html",
    "--format",
    "gnu",
    "--filterpattern",
    knownGaps,
    "dist",
  ],
  { encoding: "utf8" },
);
const report = `${run.stdout}${run.stderr}`.trim();
if (run.status === 0 && report === "") {
  console.log("HTML check: the Nu checker found 0 errors in dist/.");
  process.exit(0);
}
console.error(report || `The Nu checker exited with status ${run.status}.`);
console.error(`HTML check FAILED: ${report.split("\n").filter(Boolean).length} error(s).`);
process.exit(1);
