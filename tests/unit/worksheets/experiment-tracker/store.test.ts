import { beforeEach, describe, expect, it } from "vitest";
import { experimentTracker } from "../../../../src/worksheets/experiment-tracker/store";
import {
  deleteExperiment,
  saveExperiment,
} from "../../../../src/worksheets/experiment-tracker/actions";

beforeEach(() => experimentTracker.clear());

describe("the experiment tracker's actions", () => {
  it("saves a plan as planned, with no day it was done", () => {
    const saved = saveExperiment({ belief: "If I send it unchecked, I'll be judged." });
    expect(saved.status).toBe("planned");
    expect(saved.completedAt).toBeUndefined();
    expect(experimentTracker.$records.get()).toEqual([saved]);
  });

  it("marks an experiment done once something about what happened is written, and keeps that day", () => {
    const plan = saveExperiment({ belief: "B" });
    const done = saveExperiment({ belief: "B", outcome: "Nobody minded." }, plan.id);
    expect(done.id).toBe(plan.id);
    expect(done.status).toBe("done");
    expect(done.completedAt).toBeDefined();
    const again = saveExperiment({ belief: "B", outcome: "Nobody minded.", learned: "L" }, plan.id);
    expect(again.completedAt).toBe(done.completedAt);
  });

  it("removes an answer the person cleared, and goes back to planned", () => {
    const done = saveExperiment({ belief: "B", outcome: "O", beliefAfter: 20 });
    const cleared = saveExperiment({ belief: "B" }, done.id);
    expect(cleared.outcome).toBeUndefined();
    expect(cleared.beliefAfter).toBeUndefined();
    expect(cleared.status).toBe("planned");
  });

  it("keeps the words as a new experiment when the one being edited was deleted meanwhile", () => {
    const plan = saveExperiment({ belief: "B" });
    deleteExperiment(plan.id);
    expect(experimentTracker.$records.get()).toEqual([]);
    const saved = saveExperiment({ belief: "B, edited" }, plan.id);
    expect(saved.id).not.toBe(plan.id);
    expect(experimentTracker.$records.get().map((r) => r.belief)).toEqual(["B, edited"]);
  });
});
