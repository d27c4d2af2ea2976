import { describe, expect, it } from "vitest";
import { instrument } from "../../../../src/worksheets/self-screen/instrument";
import { scoreScreen, snapshotScores } from "../../../../src/worksheets/self-screen/scoring";
import en from "../../../../src/worksheets/self-screen/words/en.json";
import crisis from "../../../../content/crisis-lines.json";
import { words } from "../../../../src/engine/core/words";
import { formatDayTime } from "../../../../src/engine/core/dates";
import { resultFileName, resultText } from "../../../../src/worksheets/self-screen/text";
import type { ResultRecord } from "../../../../src/worksheets/self-screen/schema";

const w = words(en, "en-US");

function resultFor(answers: Record<string, number>, completedAt: string): ResultRecord {
  const scored = scoreScreen(instrument, answers);
  if (!scored.ok) throw new Error(JSON.stringify(scored.error));
  return {
    id: "r1",
    kind: "result",
    createdAt: completedAt,
    updatedAt: completedAt,
    completedAt,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    answers,
    ...snapshotScores(scored),
  };
}

const crisisLines = crisis.map((g) => ({
  region: g.region,
  services: g.services.map((s) => ({
    name: s.name,
    how: s.how,
    ...("web" in s && s.web ? { web: s.web } : {}),
    ...("kind" in s && s.kind === "referral" ? { referral: true } : {}),
  })),
}));

const textFor = (result: ResultRecord, contact?: string) =>
  resultText({
    w,
    locale: "en-US",
    instrument,
    result,
    crisisLines,
    ...(contact ? { contact } : {}),
    siteUrl: "https://good-enough.example/",
    helpPath: "/get-help/",
    worksheetTitles: { "goal-planner": "Goal planner", "thought-record": "Thought record" },
  });

const signsHigh = Object.fromEntries(
  instrument.items
    .filter((i) => i.domain !== "impact")
    .map((i) => [i.id, i.reverse ? 0 : 4] as const),
);

describe("the readable copy of a self-screen result", () => {
  it("starts with a title holding the date and time, then says it is not a diagnosis", () => {
    const at = "2026-12-06T21:41:00.000Z";
    const lines = textFor(resultFor(signsHigh, at)).split("\n");
    expect(lines[0]).toBe(`# Self-screen result from ${formatDayTime(at, "en-US")}`);
    expect(lines[0]).toMatch(/\d:\d\d/);
    expect(lines[2]).toMatch(/^This is not a diagnosis\./);
  });

  it("gives the overall and impact bands with their meanings, and each area", () => {
    const text = textFor(resultFor(signsHigh, "2026-12-06T10:00:00.000Z"));
    expect(text).toContain("- Overall, across the signs: high. Across the signs, your answers");
    expect(text).toContain("- How much it gets in the way: not enough answers. You did not answer");
    expect(text).toContain("- Fear of failure: 4.0 of 4 (high)");
    expect(text).not.toContain("getting in the way");
  });

  it("says an area with too few answers cannot be shown, instead of a score", () => {
    const text = textFor(resultFor({ "fear-1": 1 }, "2026-12-06T10:00:00.000Z"));
    expect(text).toContain("- Fear of failure: not enough answers to show this area");
    expect(text).toContain("(Skipped)");
  });

  it("lists every crisis line from content/crisis-lines.json", () => {
    const text = textFor(resultFor(signsHigh, "2026-12-06T10:00:00.000Z"));
    expect(text).toContain("## If you need help right now");
    for (const group of crisis) {
      expect(text).toContain(`### ${group.region}`);
      for (const s of group.services) expect(text).toContain(`${s.name}`);
    }
    expect(text).toContain("(treatment referral, not a crisis line)");
  });

  it("names the program's contact when one is set, and always links the getting-help page", () => {
    const result = resultFor(signsHigh, "2026-12-06T10:00:00.000Z");
    const withContact = textFor(result, "Call the Riverside program on 555-0100.");
    expect(withContact).toContain("- Call the Riverside program on 555-0100.");
    expect(withContact).toContain("https://good-enough.example/get-help/");
    const without = textFor(result);
    expect(without).not.toContain("Riverside");
    expect(without).toContain(
      "- How to find a therapist or other support: https://good-enough.example/get-help/",
    );
    expect(without).toContain("https://good-enough.example/worksheets/goal-planner/");
  });

  it("names the file after the local date and time, so two copies from one day differ", () => {
    const morning = resultFileName({ completedAt: new Date(2026, 11, 6, 9, 5).toISOString() });
    const evening = resultFileName({ completedAt: new Date(2026, 11, 6, 21, 41).toISOString() });
    expect(morning).toBe("self-screen-2026-12-06-0905.txt");
    expect(evening).toBe("self-screen-2026-12-06-2141.txt");
  });
});

describe("dates with times", () => {
  it("tells apart two results from the same day", () => {
    const a = formatDayTime(new Date(2026, 11, 6, 9, 5).getTime(), "en-US");
    const b = formatDayTime(new Date(2026, 11, 6, 21, 41).getTime(), "en-US");
    expect(a).toContain("Dec 6, 2026");
    expect(a).not.toBe(b);
    expect(b).toMatch(/9:41\sPM/);
  });
});
