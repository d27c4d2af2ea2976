import { describe, expect, it } from "vitest";
import { nameFrom } from "../../src/lib/summary";
import { experimentEntries } from "../../src/worksheets/experiment-tracker/summary";
import { summaryNames as experimentNames } from "../../src/worksheets/experiment-tracker/summary-names";
import { goalPlannerEntries } from "../../src/worksheets/goal-planner/summary";
import { summaryNames as goalNames } from "../../src/worksheets/goal-planner/summary-names";
import { selfScreenEntries } from "../../src/worksheets/self-screen/summary";
import { summaryNames as selfScreenNames } from "../../src/worksheets/self-screen/summary-names";

const t = "2026-11-20T10:00:00.000Z";
const base = { createdAt: t, updatedAt: t };

describe("session summary entries", () => {
  it("makes one block per self-screen result, naming each domain", () => {
    const [entry] = selfScreenEntries(
      [
        {
          ...base,
          id: "r1",
          kind: "result",
          instrumentId: "i",
          instrumentVersion: 1,
          completedAt: t,
          answers: {},
          domains: [
            { id: "fear", score: 3.25, band: "high" },
            { id: "doubt", score: null, band: null },
          ],
          overall: { score: 2, band: "moderate" },
          impact: { score: null, band: null },
        },
        {
          ...base,
          id: "progress",
          kind: "progress",
          instrumentId: "i",
          instrumentVersion: 1,
          answers: {},
          step: 2,
          startedAt: t,
        },
      ],
      { ...selfScreenNames(), fear: "Fear of failure" },
      "en-US",
    );
    expect(entry!.day).toBe("2026-11-20");
    expect(entry!.lines).toEqual([
      ["Overall", "moderate"],
      ["Fear of failure", "3.3 of 4 (high)"],
      ["doubt", "not enough answers"],
    ]);
  });

  it("groups a day's goals and its reflection into one block", () => {
    const entries = goalPlannerEntries(
      [
        {
          ...base,
          id: "g1",
          kind: "goal",
          day: "2026-11-20",
          task: "Email",
          goodEnough: "One read",
          status: "done",
        },
        {
          ...base,
          id: "g2",
          kind: "goal",
          day: "2026-11-21",
          task: "Report",
          goodEnough: "Outline",
          status: "partly",
        },
        { ...base, id: "reflection:2026-11-20", kind: "reflection", day: "2026-11-20", anxiety: 4 },
        { ...base, id: "settings", kind: "settings", dailyLimit: 3 },
      ],
      goalNames(),
    );
    expect(entries.map((e) => e.day)).toEqual(["2026-11-20", "2026-11-21"]);
    expect(entries[0]!.lines).toEqual([
      ["Email", "done: good enough. Good enough: One read"],
      ["Anxiety (0–10)", "4"],
    ]);
    expect(entries[0]!.recordIds).toEqual(["g1", "reflection:2026-11-20"]);
  });

  it("shows an experiment's belief ratings before and after, leaving out empty fields", () => {
    const [entry] = experimentEntries(
      [
        {
          ...base,
          id: "e1",
          kind: "experiment",
          belief: "If I send it unchecked, they will think less of me",
          beliefBefore: 80,
          beliefAfter: 35,
          learned: "Nobody minded.",
        },
      ],
      experimentNames(),
    );
    expect(entry!.lines).toEqual([
      ["Belief", "If I send it unchecked, they will think less of me"],
      ["Belief before → after", "80% → 35%"],
      ["What I learned", "Nobody minded."],
    ]);
  });

  it("dates a finished experiment by the day it was run, and a planned one by its plan", () => {
    const experiment = {
      ...base,
      kind: "experiment" as const,
      belief: "If I send it unchecked, they will think less of me",
      plannedDate: "2099-01-01",
    };
    const [done, planned] = experimentEntries(
      [
        { ...experiment, id: "e1", status: "done", completedAt: "2026-11-20T12:00:00.000Z" },
        { ...experiment, id: "e2" },
      ],
      experimentNames(),
    );
    expect(done!.day).toBe("2026-11-20");
    expect(planned!.day).toBe("2099-01-01");
  });
});

describe("names looked up by id", () => {
  it("finds a listed name, and nothing for an id that is only an inherited name", () => {
    const names = { "all-or-nothing": "All-or-nothing thinking" };
    expect(nameFrom(names, "all-or-nothing")).toBe("All-or-nothing thinking");
    expect(nameFrom(names, "constructor")).toBeUndefined();
    expect(nameFrom(names, "toString")).toBeUndefined();
  });
});
