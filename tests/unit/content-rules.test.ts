import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import crisisData from "../../content/crisis-lines.json";
import { crisisLineSchema } from "../../src/schemas/crisis-line";
import { smsHrefOf, webHrefOf } from "../../src/lib/crisis-links";
import { citedKeys, readArticles, readFaqs, referenceKeys } from "../support/content";

const refs = new Set(referenceKeys());
const paragraphs = (body: string) => body.split(/\n\s*\n/);
const sentences = (paragraph: string) =>
  paragraph.replace(/<Cite\b[^>]*\/>/g, "").split(/(?<=[.!?])\s+/);

/** Every text file under a folder. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });

// A sentence claiming that an intensive program helps: it names the program and a benefit.
const PROGRAM =
  /\b(IOPs?|intensive (outpatient )?(programs?|treatment|care)|programs? like (this|that|ours|these)|virtual (programs?|care|treatment))\b/i;
const BENEFIT =
  /\b(help(s|ed|ing)?|benefits?|works?|effective|suits?|improves?|eases?|reduces?)\b/i;

/** The sentences that say an intensive program helps, in paragraphs with no citation. */
const uncitedProgramClaims = (body: string): string[] =>
  paragraphs(body)
    .filter((p) => citedKeys(p).length === 0)
    .flatMap(sentences)
    .filter((s) => PROGRAM.test(s) && BENEFIT.test(s))
    .map((s) => s.trim());

describe("claims about intensive programs", () => {
  it("are caught when a paragraph says a program helps without a citation", () => {
    expect(
      uncitedProgramClaims("A program like a virtual IOP can help you practice."),
    ).toHaveLength(1);
    expect(uncitedProgramClaims("Now and then.\n\nA program like this eases it.")).toHaveLength(1);
    expect(
      uncitedProgramClaims('An IOP can help with this <Cite k="galloway2022" />.'),
    ).toHaveLength(0);
    expect(uncitedProgramClaims("An IOP meets several times a week.")).toHaveLength(0);
  });

  it("never appear uncited on the Getting help page", () => {
    const [page] = readArticles("content/pages").filter((p) => p.slug === "get-help");
    expect(uncitedProgramClaims(page!.body)).toEqual([]);
  });

  it("never appear uncited in an article outside why-virtual-iop", () => {
    const hits = readArticles()
      .filter((a) => a.slug !== "why-virtual-iop")
      .flatMap((a) => uncitedProgramClaims(a.body).map((s) => `${a.file}: ${s}`));
    expect(hits).toEqual([]);
  });
});

describe("the site's spelling", () => {
  it("never says 'practise' in content/ or src/", () => {
    const hits = [...filesUnder("content"), ...filesUnder("src")].filter((f) =>
      /practis/i.test(readFileSync(f, "utf8")),
    );
    expect(hits).toEqual([]);
  });
});

describe("the FAQ answers", () => {
  const faqs = readFaqs();
  const byId = (id: string) => {
    const faq = faqs.find((f) => f.slug === id);
    if (!faq) throw new Error(`no content/faqs/${id}.mdx`);
    return faq;
  };

  it("cite only keys in content/references.json", () => {
    const unknown = faqs.flatMap((f) =>
      citedKeys(f.body)
        .filter((k) => !refs.has(k))
        .map((k) => `${f.file}: ${k}`),
    );
    expect(unknown).toEqual([]);
  });

  it("cite the research in the high-standards, high-achievement and main-reason answers", () => {
    for (const id of [
      "high-standards-vs-perfectionism",
      "perfectionism-and-high-achievement",
      "perfectionism-as-main-reason-for-iop",
    ])
      expect(citedKeys(byId(id).body).length, id).toBeGreaterThan(0);
  });

  it("name obsessive-compulsive personality disorder where they compare perfectionism with a diagnosis", () => {
    for (const id of ["is-perfectionism-a-diagnosis", "is-perfectionism-the-same-as-ocd"])
      expect(byId(id).body, id).toMatch(/obsessive-compulsive personality disorder \(OCPD\)/);
  });

  it("say 'linked with' rather than causes, label no one, and keep to sourced claims", () => {
    const banned =
      /\b(causes?|caused|leads? to|root cause|sits? underneath|a perfectionist|people-pleaser|may protect your mood|gets you going faster)\b/i;
    const hits = faqs.flatMap((f) =>
      [f.data.question as string, ...paragraphs(f.body)]
        .filter((p) => banned.test(p))
        .map((p) => `${f.file}: ${p.match(banned)![0]}`),
    );
    expect(hits).toEqual([]);
  });

  it("never use curran2019 to say perfectionism is common", () => {
    const hits = faqs.flatMap((f) =>
      paragraphs(f.body)
        .filter((p) => citedKeys(p).includes("curran2019") && /\bcommon\b/i.test(p))
        .map(() => f.file),
    );
    expect(hits).toEqual([]);
  });

  it("never say an intensive program helps without a citation", () => {
    expect(faqs.flatMap((f) => uncitedProgramClaims(f.body))).toEqual([]);
  });
});

describe("the crisis lines data", () => {
  const groups = crisisData.map((g) => crisisLineSchema.parse(g));
  const services = groups.flatMap((g) => g.services);

  it("pre-fills HOME in the Crisis Text Line's sms: link", () => {
    const ctl = services.find((s) => s.name === "Crisis Text Line")!;
    expect(smsHrefOf(ctl)).toBe("sms:741741?&body=HOME");
    expect(smsHrefOf({ sms: "988" })).toBe("sms:988");
  });

  it("lists SAMHSA's National Helpline as treatment referral, not as a crisis line", () => {
    const samhsa = services.find((s) => s.name.startsWith("SAMHSA"))!;
    expect(samhsa.kind).toBe("referral");
    expect(samhsa.telShown).toBe("1-800-662-4357");
    expect(services.filter((s) => s.kind === "referral")).toEqual([samhsa]);
  });

  it("points eating-disorder and youth lines to findahelpline.com instead of unchecked numbers", () => {
    const topics = groups.find((g) => /eating/i.test(g.region) && /young/i.test(g.region))!;
    expect(topics.services.map((s) => s.web)).toEqual(["findahelpline.com"]);
    expect(topics.services.every((s) => !s.tel && !s.sms)).toBe(true);
  });

  it("makes every website an https link", () => {
    for (const s of services.filter((x) => x.web))
      expect(webHrefOf(s)).toMatch(/^https:\/\/[a-z0-9.-]+\//);
  });
});
