import { describe, expect, it } from "vitest";
import en from "../../../../src/worksheets/goal-planner/words/en.json";
import { dayParam, relativeDay, STATUS_WORDS } from "../../../../src/worksheets/goal-planner/days";
import {
  DAY_MINUTES_MAX,
  GOAL_STATUSES,
  MINUTES_MAX,
  MINUTES_MIN,
} from "../../../../src/worksheets/goal-planner/schema";
import { TEXT_MAX } from "../../../../src/engine/storage/record";
import { w } from "./say";

const n = (x: number) => x.toLocaleString("en-US");

describe("the goal planner's words", () => {
  it("write out the same limits as the stored shape", () => {
    expect(en.textOver).toContain(`${n(TEXT_MAX)}-character limit`);
    expect(en.textAt).toContain(`${n(TEXT_MAX)}-character limit`);
    expect(en.dumpLong).toContain(`longer than ${n(TEXT_MAX)} characters`);
    expect(en.minutesHint).toBe(`Optional: ${MINUTES_MIN} to ${MINUTES_MAX}.`);
    expect(en.minutesBad).toContain(`from ${MINUTES_MIN} to ${MINUTES_MAX}`);
    expect(en.availBad).toContain(`from 0 to ${n(DAY_MINUTES_MAX)}`);
  });

  it("name every status kindly, and say something kind when one is chosen", () => {
    for (const s of GOAL_STATUSES) {
      expect(w(STATUS_WORDS[s][0])).toBeTruthy();
      expect(w(STATUS_WORDS[s][1])).toBeTruthy();
    }
    const all = JSON.stringify(en).toLowerCase();
    for (const harsh of ["fail", "failed", "wrong", "bad job"]) expect(all).not.toContain(harsh);
  });

  it("use named places only, and fill them in", () => {
    expect(JSON.stringify(en)).not.toMatch(/\{\d\}/);
    expect(w("added", { task: "Tidy the desk", day: "today" })).toBe(
      "Added “Tidy the desk” to today.",
    );
  });

  it("count one and many", () => {
    expect(w("goals", { count: 1 })).toBe("1 goal");
    expect(w("goals", { count: 0 })).toBe("0 goals");
    expect(w("dumpAdded", { count: 4 })).toBe("Added 4 things to your list.");
    expect(w("earlier", { count: 1 })).toBe("One goal from earlier days is still open.");
  });
});

describe("days in page addresses", () => {
  it("reads a real date from ?day=", () => {
    expect(dayParam("?day=2026-11-26")).toBe("2026-11-26");
    expect(dayParam("?x=1&day=2028-02-29")).toBe("2028-02-29");
  });

  it("ignores anything that is not a real date", () => {
    for (const search of [
      "",
      "?day=",
      "?day=today",
      "?day=2026-13-01",
      "?day=2026-02-30",
      "?day=2027-02-29",
      "?day=26-11-2026",
      "?day=2026-11-26T00:00",
    ])
      expect(dayParam(search)).toBeNull();
  });

  it("names the days next to today", () => {
    expect(relativeDay("2026-12-31", "2027-01-01")).toBe("yesterday");
    expect(relativeDay("2027-01-02", "2027-01-01")).toBe("tomorrow");
    expect(relativeDay("2026-12-30", "2027-01-01")).toBeNull();
  });
});
