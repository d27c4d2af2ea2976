import { describe, expect, it } from "vitest";
import { instrument } from "../../../../src/worksheets/self-screen/instrument";
import { scoreScreen, snapshotScores } from "../../../../src/worksheets/self-screen/scoring";
import en from "../../../../src/worksheets/self-screen/words/en.json";
import { words } from "../../../../src/engine/core/words";
import { resultView } from "../../../../src/worksheets/self-screen/view";
import type { ResultRecord } from "../../../../src/worksheets/self-screen/schema";

function resultFor(answers: Record<string, number>, version = instrument.version): ResultRecord {
  const scored = scoreScreen(instrument, answers);
  if (!scored.ok) throw new Error(JSON.stringify(scored.error));
  return {
    id: "r1",
    kind: "result",
    createdAt: "2026-11-26T10:00:00.000Z",
    updatedAt: "2026-11-26T10:00:00.000Z",
    completedAt: "2026-11-26T10:00:00.000Z",
    instrumentId: instrument.id,
    instrumentVersion: version,
    answers,
    ...snapshotScores(scored),
  };
}

const signItems = instrument.items.filter(
  (i) => instrument.domains.find((d) => d.id === i.domain)?.kind === "sign",
);
const impactItems = instrument.items.filter((i) => !signItems.includes(i));
const firstDomain = signItems[0]!.domain;

const w = words(en, "en-US");

describe("the results view", () => {
  it("puts the domain with the highest saved score first among the top two", () => {
    const answers = Object.fromEntries(
      signItems.map((i) => [
        i.id,
        i.domain === firstDomain ? (i.reverse ? 0 : 4) : i.reverse ? 3 : 1,
      ]),
    );
    const view = resultView(w, resultFor(answers), instrument);
    expect(view.top[0]!.id).toBe(firstDomain);
    expect(view.top).toHaveLength(2);
    expect(view.summary).toContain(view.top[0]!.name.toLowerCase());
  });

  it("suggests talking to a professional when the impact answers are high", () => {
    const answers = Object.fromEntries(impactItems.map((i) => [i.id, 4]));
    expect(resultView(w, resultFor(answers), instrument).concern).toBe("impact");
    const low = Object.fromEntries(impactItems.map((i) => [i.id, 0]));
    expect(resultView(w, resultFor(low), instrument).concern).toBeNull();
  });

  it("shows the overall and impact bands with their meanings", () => {
    const answers = Object.fromEntries(
      instrument.items.map((i) => [i.id, impactItems.includes(i) ? 2 : i.reverse ? 0 : 4]),
    );
    const view = resultView(w, resultFor(answers), instrument);
    expect(view.overall.band).toBe("high");
    expect(view.overall.meaning).toContain("“often” or “almost always”");
    expect(view.impact.band).toBe("moderate");
    expect(view.impact.meaning).toContain("sometimes gets in the way");
  });

  it("says the impact questions were not answered when all three were skipped", () => {
    const signsOnly = Object.fromEntries(signItems.map((i) => [i.id, i.reverse ? 0 : 4]));
    const view = resultView(w, resultFor(signsOnly), instrument);
    expect(view.concern).toBe("signs");
    expect(view.impact.band).toBeNull();
    expect(view.impact.meaning).toContain("You did not answer the questions about how much");
  });

  it("lists every question with the person's answer, and marks skipped ones", () => {
    const item = instrument.items[0]!;
    const view = resultView(w, resultFor({ [item.id]: 2 }), instrument);
    expect(view.answers).toHaveLength(instrument.items.length);
    expect(view.answers[0]).toEqual({ id: item.id, text: item.text, answer: "Sometimes" });
    expect(view.answers[1]!.answer).toBe("Skipped");
  });

  it("shows an old result by its saved scores, even after the instrument changes", () => {
    const answers = Object.fromEntries(signItems.map((i) => [i.id, 4]));
    const saved = resultFor(answers, instrument.version + 1);
    const view = resultView(w, saved, instrument);
    expect(view.current).toBe(false);
    expect(view.domains.map((d) => d.score)).toEqual(saved.domains.map((d) => d.score));
  });
});
