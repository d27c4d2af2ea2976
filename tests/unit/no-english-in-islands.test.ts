import { readFileSync } from "node:fs";
import { globSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Island code carries no English: every sentence comes from a words file
 * (src/worksheets/<slug>/words/<locale>.json and the like), so a second
 * language is a second file. This finds text in .tsx files that a person
 * would read: JSX text, and string literals of two or more words outside
 * class names, ids and other attributes no one reads. The .ts modules beside
 * the islands (logic, summaries, My data's counts) are held to the same rule;
 * the one exception is a manifest's `title`, the registry's short name for a
 * worksheet.
 */
const MACHINE_ATTRIBUTES = new Set([
  "class",
  "className",
  "id",
  "key",
  "type",
  "name",
  "for",
  "htmlFor",
  "href",
  "rel",
  "role",
  "autoComplete",
  "inputMode",
  "pattern",
  "accept",
  "viewBox",
  "d",
  "points",
  "transform",
  "preserveAspectRatio",
]);
const words = /[A-Za-z]{2,}[,.!?']?\s+[A-Za-z]{2,}/;
/** A list of hyphenated class names, such as "scj-confirm no-print", passed outside JSX. */
const classList = /^\s*[a-z][a-z0-9]*(-[a-z0-9]+)+(\s+[a-z][a-z0-9]*(-[a-z0-9]+)+)*\s*$/;

export function englishIn(file: string, source: string): string[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const where = (n: ts.Node) =>
    `${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const manifestTitle = (n: ts.Node): boolean =>
    /(^|\/)manifest\.ts$/.test(file) &&
    ts.isPropertyAssignment(n.parent) &&
    n.parent.name.getText() === "title";
  const machine = (n: ts.Node): boolean => {
    if (manifestTitle(n)) return true;
    for (let p = n.parent; p; p = p.parent) {
      if (ts.isJsxAttribute(p)) return MACHINE_ATTRIBUTES.has(p.name.getText());
      if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) return true;
      if (
        ts.isCallExpression(p) &&
        /^(querySelector|getElementById|closest|matches|Error)/.test(
          p.expression.getText().split(".").pop() ?? "",
        )
      )
        return true;
      if (ts.isNewExpression(p) && p.expression.getText() === "Error") return true;
    }
    return false;
  };
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n) && /[A-Za-z]{2,}/.test(n.text)) found.push(`${where(n)} ${n.text.trim()}`);
    else if (
      (ts.isStringLiteral(n) ||
        ts.isNoSubstitutionTemplateLiteral(n) ||
        ts.isTemplateHead(n) ||
        ts.isTemplateMiddle(n) ||
        ts.isTemplateTail(n)) &&
      words.test(n.text) &&
      !classList.test(n.text) &&
      !machine(n)
    )
      found.push(`${where(n)} "${n.text}"`);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe("wording in islands", () => {
  it("finds English typed into an island, so the test below can fail", () => {
    const sample = `export const A = () => <p class="card note">Save your plan</p>;
      const b = <button aria-label="Delete this goal" id="x-y">{t("save")}</button>;
      const c = useConfirm(f, "x-confirm", { box: "x-confirm no-print" });`;
    expect(englishIn("sample.tsx", sample)).toHaveLength(2);
  });

  it("finds English in a .ts module too, but not a manifest's title", () => {
    const sample = `export const m = { slug: "a-b", title: "Goal planner" };
      export const say = (n: number) => \`\${n} thought records\`;`;
    expect(englishIn("src/worksheets/x/manifest.ts", sample)).toHaveLength(1);
    expect(englishIn("src/worksheets/x/summary.ts", sample)).toHaveLength(2);
  });

  it("keeps every island free of English sentences, which live in words files", () => {
    const files = globSync("src/**/*.tsx");
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((f) => englishIn(f, readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });

  it("keeps the worksheets' and the engine's .ts modules free of English sentences too", () => {
    const files = globSync("src/{worksheets,engine,islands}/**/*.ts");
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => englishIn(f, readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });
});
