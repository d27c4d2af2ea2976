// Prints word count, Flesch–Kincaid grade and citation count per article.
// Usage: npx node tests/tools/article-stats.ts [files…]  (defaults to every article)
import { readFileSync, readdirSync } from "node:fs";
import { countWords, fleschKincaidGrade, mdxToProse } from "../../src/lib/readability.ts";

const dir = "content/articles";
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(dir)
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => `${dir}/${f}`);
for (const file of files) {
  const src = readFileSync(file, "utf8");
  const prose = mdxToProse(src);
  const cites = (src.match(/<Cite\b/g) ?? []).length;
  console.log(
    `${file}\twords=${countWords(prose)}\tgrade=${fleschKincaidGrade(prose).toFixed(1)}\tcites=${cites}`,
  );
}
