import { describe, expect, it } from "vitest";
import { experimentFromPrefill } from "../../../../src/worksheets/experiment-tracker/prefill";
import { experimentTracker } from "../../../../src/worksheets/experiment-tracker/store";

const template = {
  id: "send-after-one-read",
  situation: "An email at work",
  belief: "If I send it after one read, people will think I am careless.",
  experiment: "Send the next email after one read-through.",
  ritualsToDrop: ["Re-reading three times"],
};

const T0 = "2026-11-26T10:00:00.000Z";
/** True when the stored shape accepts the content as a record. */
const storable = (content: object) =>
  experimentTracker.codec.fromUnknown({
    version: experimentTracker.codec.version,
    records: [{ id: "e1", createdAt: T0, updatedAt: T0, ...content }],
  }).ok;

describe("the experiment a homework link adds", () => {
  it("is planned for the assignment's due date", () => {
    const { content } = experimentFromPrefill(
      { template: template.id },
      "hw-1",
      [template],
      "2026-12-10",
    );
    expect(content?.plannedDate).toBe("2026-12-10");
    expect(content?.belief).toBe(template.belief);
    expect(storable(content!)).toBe(true);
  });

  it("has no planned date when the assignment has no due date", () => {
    const { content } = experimentFromPrefill({ belief: "People will be upset." }, "hw-2", []);
    expect(content).not.toHaveProperty("plannedDate");
    expect(storable(content!)).toBe(true);
  });
});
