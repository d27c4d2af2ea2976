import { describe, expect, it } from "vitest";
import { count, dayParam, fill, relativeDay } from "../../../../src/worksheets/goal-planner/days";
import { printWords, todayWords, WEEK_WORDS } from "../../../../src/worksheets/goal-planner/words";

const WORDS = todayWords();
import {
  DAY_MINUTES_MAX,
  GOAL_STATUSES,
  MINUTES_MAX,
  MINUTES_MIN,
} from "../../../../src/worksheets/goal-planner/schema";
import { TEXT_MAX } from "../../../../src/engine/storage/record";

const n = (x: number) => x.toLocaleString("en-US");

describe("the goal planner's words", () => {
  it("write out the same limits as the stored shape", () => {
    expect(WORDS.textOver).toContain(`${n(TEXT_MAX)}-character limit`);
    expect(WORDS.textAt).toContain(`${n(TEXT_MAX)}-character limit`);
    expect(WORDS.dumpLong).toContain(`longer than ${n(TEXT_MAX)} characters`);
    expect(WORDS.minutesHint).toBe(`Optional: ${MINUTES_MIN} to ${MINUTES_MAX}.`);
    expect(WORDS.minutesBad).toContain(`from ${MINUTES_MIN} to ${MINUTES_MAX}`);
    expect(WORDS.availBad).toContain(`from 0 to ${n(DAY_MINUTES_MAX)}`);
  });

  it("name every status kindly, and say something kind when one is chosen", () => {
    for (const s of GOAL_STATUSES) {
      expect(WORDS.status[s]).toBeTruthy();
      expect(WORDS.statusSaid[s]).toBeTruthy();
    }
    const all = JSON.stringify([WORDS, printWords(), WEEK_WORDS]).toLowerCase();
    for (const harsh of ["fail", "failed", "wrong", "bad job"]) expect(all).not.toContain(harsh);
  });

  it("are plain strings that fill in their numbered places", () => {
    const templates = Object.values({ ...WORDS, ...printWords(), ...WEEK_WORDS }).filter(
      (v): v is string => typeof v === "string",
    );
    for (const t of templates) expect(fill(t, "x", "y", "z")).not.toMatch(/\{\d\}/);
    expect(fill(WORDS.added, "Tidy the desk", "today")).toBe("Added “Tidy the desk” to today.");
    expect(fill("{1} before {0}", "a", "b")).toBe("b before a");
  });

  it("count one and many", () => {
    expect(count(1, WORDS.goal1, WORDS.goalN)).toBe("1 goal");
    expect(count(0, WORDS.goal1, WORDS.goalN)).toBe("0 goals");
    expect(count(4, WORDS.dumpAdded1, WORDS.dumpAddedN)).toBe("Added 4 things to your list.");
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
