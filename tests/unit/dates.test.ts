import { describe, expect, it } from "vitest";
import { localDayIn } from "../support/zone";
import {
  addDays,
  compareDays,
  formatDay,
  formatDayTime,
  localDay,
} from "../../src/engine/core/dates";
import { formatMonth } from "../../src/worksheets/self-compassion-journal/journal";
import { weekOf } from "../../src/worksheets/goal-planner/week";

describe("localDay", () => {
  it("keeps an early-morning UTC instant on the previous day in Los Angeles", () => {
    const instant = new Date("2026-03-08T07:30:00Z");
    expect(localDayIn("America/Los_Angeles", instant)).toBe("2026-03-07");
    expect(localDayIn("UTC", instant)).toBe("2026-03-08");
  });

  it("puts 23:30 and 00:30 local time on different days", () => {
    // New York is UTC-5 in January.
    expect(localDayIn("America/New_York", new Date("2026-01-15T04:30:00Z"))).toBe("2026-01-14");
    expect(localDayIn("America/New_York", new Date("2026-01-15T05:30:00Z"))).toBe("2026-01-15");
  });

  it("moves to the next day in Tokyo while it is still the evening before in UTC", () => {
    expect(localDayIn("Asia/Tokyo", new Date("2026-06-30T15:30:00Z"))).toBe("2026-07-01");
    expect(localDayIn("Asia/Tokyo", new Date("2026-06-30T14:30:00Z"))).toBe("2026-06-30");
  });

  it("finds the local day on either side of a daylight-saving change", () => {
    // The day after Los Angeles springs forward (PDT, UTC-7): 06:30 UTC is 23:30 on Mar 8, 07:30 UTC is 00:30 on Mar 9.
    expect(localDayIn("America/Los_Angeles", new Date("2026-03-09T06:30:00Z"))).toBe("2026-03-08");
    expect(localDayIn("America/Los_Angeles", new Date("2026-03-09T07:30:00Z"))).toBe("2026-03-09");
    // After the autumn change (PST, UTC-8), 07:30 UTC is still the day before.
    expect(localDayIn("America/Los_Angeles", new Date("2026-11-02T07:30:00Z"))).toBe("2026-11-01");
    expect(localDayIn("America/Los_Angeles", new Date("2026-11-02T08:30:00Z"))).toBe("2026-11-02");
  });

  it("crosses the year end by time zone", () => {
    const instant = new Date("2027-01-01T02:00:00Z");
    expect(localDayIn("America/Chicago", instant)).toBe("2026-12-31");
    expect(localDayIn("Europe/Berlin", instant)).toBe("2027-01-01");
  });

  it("uses the device's own calendar when no zone is given", () => {
    const instant = new Date(2026, 10, 26, 23, 59);
    expect(localDay(instant)).toBe("2026-11-26");
    expect(localDay(new Date(2026, 0, 5, 0, 1))).toBe("2026-01-05");
    expect(localDay(new Date(2026, 2, 8, 23, 30))).toBe("2026-03-08");
  });
});

describe("addDays", () => {
  it("steps over month ends", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("steps over the year end both ways", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2026-12-25", 14)).toBe("2027-01-08");
  });

  it("adds exactly one date across daylight-saving changes", () => {
    expect(addDays("2026-03-07", 1)).toBe("2026-03-08");
    expect(addDays("2026-03-08", 1)).toBe("2026-03-09");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addDays("2026-11-01", 1)).toBe("2026-11-02");
    expect(addDays("2026-10-25", -1)).toBe("2026-10-24");
  });

  it("returns the same day for zero", () => {
    expect(addDays("2026-05-17", 0)).toBe("2026-05-17");
  });

  it("counts a whole year of days", () => {
    expect(addDays("2026-01-01", 365)).toBe("2027-01-01");
    expect(addDays("2028-01-01", 365)).toBe("2028-12-31");
  });
});

describe("weekOf", () => {
  it("gives Monday to Sunday around a Thursday", () => {
    expect(weekOf("2026-11-26")).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
    ]);
  });

  it("puts a Sunday at the end of its Monday-first week", () => {
    const week = weekOf("2026-11-29");
    expect(week[0]).toBe("2026-11-23");
    expect(week[6]).toBe("2026-11-29");
  });

  it("starts on the day itself when it is a Monday", () => {
    expect(weekOf("2026-11-23")[0]).toBe("2026-11-23");
  });

  it("spans a year end", () => {
    expect(weekOf("2027-01-01")).toEqual([
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
    ]);
  });

  it("can start weeks on Sunday", () => {
    const week = weekOf("2026-11-26", 0);
    expect(week[0]).toBe("2026-11-22");
    expect(week[6]).toBe("2026-11-28");
  });

  it("gives seven consecutive days across a daylight-saving change", () => {
    const week = weekOf("2026-03-08");
    expect(week).toHaveLength(7);
    week.slice(1).forEach((day, i) => expect(addDays(week[i]!, 1)).toBe(day));
    expect(week).toContain("2026-03-08");
  });
});

describe("formatDay", () => {
  it("writes a day in the one day style of the locale it is given", () => {
    expect(formatDay("2026-12-06", "en-US")).toBe("Dec 6, 2026");
    expect(formatDay("2027-01-01", "en-US")).toBe("Jan 1, 2027");
    expect(formatDay("2026-12-06", "en-GB")).toBe("6 Dec 2026");
  });

  it("leads with the weekday when asked", () => {
    expect(formatDay("2026-11-26", "en-US", true)).toBe("Thu, Nov 26, 2026");
  });

  it("does not shift the date in any device time zone", () => {
    expect(formatDay("2026-03-08", "en-US", true)).toBe("Sun, Mar 8, 2026");
  });
});

describe("formatDayTime", () => {
  const T = "2026-12-06T14:30:00.000Z";

  it("writes a moment as the day, in the same style, with its time", () => {
    expect(formatDayTime(T, "en-US", "UTC")).toBe("Dec 6, 2026, 2:30 PM");
    expect(formatDayTime(Date.parse(T), "en-US", "UTC")).toBe("Dec 6, 2026, 2:30 PM");
  });

  it("tells apart two moments on one day", () => {
    const later = "2026-12-06T18:05:00.000Z";
    expect(formatDayTime(later, "en-US", "UTC")).toBe("Dec 6, 2026, 6:05 PM");
    expect(formatDayTime(later, "en-US", "UTC")).not.toBe(formatDayTime(T, "en-US", "UTC"));
  });

  it("uses the person's own time zone, which can change the day", () => {
    expect(formatDayTime(T, "en-US", "America/New_York")).toBe("Dec 6, 2026, 9:30 AM");
    expect(formatDayTime("2026-12-06T02:00:00.000Z", "en-US", "America/Los_Angeles")).toBe(
      "Dec 5, 2026, 6:00 PM",
    );
  });
});

describe("formatMonth", () => {
  it("writes a month and its year", () => {
    expect(formatMonth("2026-12", "en-US")).toBe("December 2026");
    expect(formatMonth("2027-01", "en-US")).toBe("January 2027");
  });
});

describe("compareDays", () => {
  it("orders days by date, including across years", () => {
    expect(compareDays("2026-12-31", "2027-01-01")).toBeLessThan(0);
    expect(compareDays("2027-01-01", "2026-12-31")).toBeGreaterThan(0);
    expect(compareDays("2026-05-05", "2026-05-05")).toBe(0);
    expect(["2027-01-02", "2026-12-31", "2027-01-01"].sort(compareDays)).toEqual([
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
    ]);
  });
});
