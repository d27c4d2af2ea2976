// For `npm run bench:data`: the same site with the stores' timing hooks (the bench
// builds it with GOODENOUGH_BENCH=1), in a folder of its own so dist/ stays the site.
import { tmpdir } from "node:os";
import { join } from "node:path";
import config from "../../astro.config.mjs";

export default { ...config, outDir: join(tmpdir(), "good-enough-bench") };
