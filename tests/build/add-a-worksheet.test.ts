import { execFile, execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageJavaScript } from "../support/dist";

/**
 * The promise to newcomers: adding a worksheet is copying a folder, adding one
 * line to src/worksheets/registry.ts and one content/worksheets/<slug>.mdx.
 * This keeps it: it adds tests/fixtures/worksheet/fixture-sheet/ to a copy of
 * the repository that way, builds the copy, and looks for the worksheet
 * wherever a newcomer would expect it to appear. If it fails, some place
 * outside the folder still needs to be told about each worksheet.
 */

const SLUG = "fixture-sheet";
/** Its name as its pages and the therapists' page show it (the mdx title). */
const TITLE = "The fixture sheet";
/** The manifest's short name, as My data and the summary list it. */
const SHORT = "Fixture sheet";
const repo = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(repo, "tests/fixtures/worksheet");

let copy = "";
/** Runs one of the copy's tools with the project's Node; set in beforeAll. */
let run: (tool: string, args: string[], what: string) => Promise<void>;
const dist = () => path.join(copy, "dist");
const page = (url: string) => {
  const file = path.join(dist(), url, "index.html");
  if (!existsSync(file)) throw new Error(`The build made no ${url}`);
  return readFileSync(file, "utf8");
};
/** The opening tags of a page's islands whose component file starts with `name`. */
const islands = (html: string, name: string) =>
  [...html.matchAll(/<astro-island\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => new RegExp(`component-url="/_astro/${name}\\.`).test(tag));
/** All the JavaScript a page loads, as one string. */
const scriptsOf = (html: string) =>
  pageJavaScript(html, () => false, dist())
    .files.map((f) => readFileSync(path.join(dist(), f.url), "utf8"))
    .join("\n");
/** Whether minified code has `text` as a string literal, in any of the quotes a minifier uses. */
const quotes = (code: string, text: string) =>
  ['"', "'", "`"].some((q) => code.includes(q + text + q));
/** An island's props, as the page's HTML carries them. */
const propsOf = (tag: string) => tag.match(/\sprops="([^"]*)"/)?.[1]?.replace(/&quot;/g, '"') ?? "";

/**
 * A copy of the repository: the files git knows (tracked, or new and not
 * ignored), without dist/, .astro/ or node_modules/.
 */
function copyRepository(to: string) {
  const files = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: repo, encoding: "utf8" },
  )
    .split("\0")
    .filter((f) => f && f !== "node_modules");
  for (const file of files) {
    // A tracked file deleted in the working tree is not part of it any more.
    if (!existsSync(path.join(repo, file))) continue;
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    cpSync(path.join(repo, file), path.join(to, file));
  }
  // node_modules holds each package by a link, not the whole folder by one,
  // so Astro's and Vite's caches (node_modules/.astro, .vite) stay in the copy
  // and a fixture build never writes into the shared install.
  const modules = realpathSync(path.join(repo, "node_modules"));
  mkdirSync(path.join(to, "node_modules"));
  for (const name of readdirSync(modules)) {
    if (![".astro", ".vite", ".vite-temp"].includes(name))
      symlinkSync(path.join(modules, name), path.join(to, "node_modules", name));
  }
}

/** Adds the fixture as a newcomer would: its folder, its page content, one registry line. */
function addFixture(to: string) {
  cpSync(path.join(fixtures, SLUG), path.join(to, "src/worksheets", SLUG), { recursive: true });
  cpSync(path.join(fixtures, `${SLUG}.mdx`), path.join(to, "content/worksheets", `${SLUG}.mdx`));
  const registry = path.join(to, "src/worksheets/registry.ts");
  const source = readFileSync(registry, "utf8");
  // The line goes last in the list, where a newcomer would add it.
  const list = /(const slugs = \[\n(?: {2}"[a-z0-9-]+",\n)+)(\] as const;)/;
  if (!list.test(source))
    throw new Error(
      "src/worksheets/registry.ts has no `const slugs = [ … ] as const;` list to add to",
    );
  writeFileSync(registry, source.replace(list, `$1  "${SLUG}",\n$2`));
}

beforeAll(async () => {
  copy = mkdtempSync(path.join(tmpdir(), "good-enough-add-a-worksheet-"));
  copyRepository(copy);
  addFixture(copy);
  // The project's own Node (the `node` devDependency), as `npm run build` uses,
  // whichever Node runs Vitest.
  const bin = path.join(copy, "node_modules/.bin");
  // Only the shell's basics: Vitest sets NODE_ENV=test, DEV, MODE and the
  // like, which Astro would read as the build's own and make a development build.
  const env = Object.fromEntries(
    ["HOME", "TMPDIR", "LANG", "LC_ALL", "TZ", "CI"].flatMap((k) =>
      process.env[k] === undefined ? [] : [[k, process.env[k]]],
    ),
  );
  env.PATH = `${bin}${path.delimiter}${process.env.PATH}`;
  run = async (tool, args, what) => {
    try {
      await promisify(execFile)(path.join(bin, tool), args, {
        cwd: copy,
        env,
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (e) {
      const { stdout = "", stderr = "" } = e as { stdout?: string; stderr?: string };
      throw new Error(`${what} failed with the fixture worksheet added:\n${stderr}\n${stdout}`, {
        cause: e,
      });
    }
  };
  await run("astro", ["build"], "astro build");
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe("adding a worksheet is one folder, one registry line and one content file", () => {
  it("makes a production build, as npm run build does", () => {
    expect(page("/search/")).toContain('src="/pagefind/pagefind-ui.js"');
  });

  it("builds the worksheet's page, with its title and its island", () => {
    const html = page(`/worksheets/${SLUG}/`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>${TITLE}</h1>`));
    expect(html).toContain("This worksheet exists only in the build test.");
    expect(islands(html, "FixtureNotes")).toHaveLength(1);
  });

  it("builds a blank copy to print", () => {
    const html = page(`/worksheets/${SLUG}/print/`);
    expect(html).toContain(`${TITLE}: blank copy to print`);
    expect(html).toContain("A fixture note");
  });

  it("builds a homework page, with the worksheet's homework island", () => {
    const html = page(`/worksheets/${SLUG}/homework/`);
    expect(html).toContain(`Homework: ${TITLE}`);
    const [homework] = islands(html, "Homework");
    expect(homework).toBeDefined();
    expect(propsOf(homework!)).toContain(`"title":[0,"${TITLE}"]`);
  });

  it("lists the worksheet on the worksheets page", () => {
    const html = page("/worksheets/");
    expect(html).toContain(`href="/worksheets/${SLUG}/"`);
  });

  it("offers the worksheet in the therapists' homework builder, with its pre-fill field", () => {
    const html = page("/for-therapists/");
    const [builder] = islands(html, "Builder");
    expect(builder).toBeDefined();
    expect(propsOf(builder!)).toContain(`"slug":[0,"${SLUG}"]`);
    expect(propsOf(builder!)).toContain(`"title":[0,"${TITLE}"]`);
    expect(html).toContain(`href="/worksheets/${SLUG}/print/"`);
    expect(quotes(scriptsOf(html), "hw-fixture-note"), "the builder has the fixture's field").toBe(
      true,
    );
  });

  it("lets My data export, import and delete the worksheet's entries", () => {
    for (const [url, island] of [
      ["/my-data/", "MyData"],
      ["/my-data/import/", "Import"],
    ] as const) {
      const html = page(url);
      // Checked as booleans: a failure should not print the page's whole script.
      expect(quotes(scriptsOf(html), SLUG), `${url} scripts name the fixture's store`).toBe(true);
      // Its name, and its words for what a stored value holds ("2 fixture notes"), come as props.
      const props = propsOf(islands(html, island)[0] ?? "");
      expect(props.includes(`"title":[0,"${SHORT}"]`), `${url} names the fixture`).toBe(true);
      expect(props.includes("fixture notes"), `${url} counts the fixture's notes`).toBe(true);
    }
  });

  it("offers the worksheet's entries in the session summary", () => {
    const html = page("/my-data/summary/");
    const [summary] = islands(html, "Summary");
    expect(summary).toBeDefined();
    expect(propsOf(summary!)).toContain(`"${SLUG}"`);
    expect(scriptsOf(html).includes(`${SLUG}:`), "the summary has the fixture's entries").toBe(
      true,
    );
  });

  it("type-checks the worksheet's folder where it lives, in src/worksheets/", async () => {
    // The folder only (the root tsconfig leaves the fixture's own copy out).
    writeFileSync(
      path.join(copy, "tsconfig.fixture.json"),
      JSON.stringify({
        extends: "./tsconfig.json",
        include: [".astro/types.d.ts", `src/worksheets/${SLUG}/**/*`],
      }),
    );
    await run("astro", ["check", "--tsconfig", "tsconfig.fixture.json"], "astro check");
  }, 600_000);
});
