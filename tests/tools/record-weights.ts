// Records each island page's gzipped JavaScript in tests/dist/page-weights.json,
// the ratchet tests/dist/budgets.test.ts checks. Run after `npm run build`
// (`npm run weights:record`), and say in the commit why a page grew.
import { readFileSync, writeFileSync } from "node:fs";
import { builtPages, pageJavaScript } from "../support/dist.ts";

const weights: Record<string, number> = {};
for (const [url, file] of builtPages()) {
  const html = readFileSync(file, "utf8");
  if (html.includes("<astro-island")) weights[url] = pageJavaScript(html).total;
}
const out = new URL("../dist/page-weights.json", import.meta.url);
writeFileSync(out, JSON.stringify(weights, null, 2) + "\n");
console.log(`Recorded ${Object.keys(weights).length} island pages in ${out.pathname}`);
