import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "../../src/lib/security/policy";

const readme = readFileSync("README.md", "utf8");
const block = (lang: string) => readme.match(new RegExp("```" + lang + "\\n([\\s\\S]*?)```"))?.[1];

describe("the README's header snippets for hosts without dist/_headers", () => {
  it("give nginx every header from the policy module, as it is", () => {
    const nginx = block("nginx");
    expect(nginx).toBeDefined();
    const lines = Object.entries(securityHeaders()).map(
      ([name, value]) => `add_header ${name} "${value}" always;`,
    );
    expect(nginx!.trim().split("\n")).toEqual(lines);
  });

  it("give Caddy every header from the policy module, as it is", () => {
    const caddy = block("caddy");
    expect(caddy).toBeDefined();
    const lines = Object.entries(securityHeaders()).map(([name, value]) => `\t${name} "${value}"`);
    expect(caddy!.trim().split("\n")).toEqual(["header {", ...lines, "}"]);
  });
});
