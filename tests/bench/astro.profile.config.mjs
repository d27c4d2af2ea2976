// For `npm run bench:data -- --profile`: the same site, built without
// minifying into a folder of its own, so a CPU profile names real functions.
import { tmpdir } from "node:os";
import { join } from "node:path";
import config from "../../astro.config.mjs";

export default {
  ...config,
  outDir: join(tmpdir(), "good-enough-bench-profile"),
  vite: { ...config.vite, build: { ...config.vite?.build, minify: false } },
};
