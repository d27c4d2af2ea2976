import { nameFrom, type Names, type SummaryEntry } from "../../lib/summary";
import { localDay } from "../../engine/core/dates";
import { fill } from "../../engine/core/words";
import type { ExposureLadderRecord, LadderRecord, PracticeRecord, StepRecord } from "./schema";

/*
 * Self-contained on purpose: the session summary page loads every
 * worksheet's entries under one 20 KB budget, so this imports none of the
 * ladder pages' modules (their chunk would come along whole). The order is
 * the ladder's (sortSteps in ladder.ts): expected distress, then when made.
 */

const before = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The exposure ladder's entries in a session summary: one per ladder, its
 * steps from least to most expected distress, each with what to drop and how
 * its practices went (how many, and the peak distress of each, oldest first).
 * The entry's day is the latest practice, or the day the ladder was started.
 * `names` holds the summary's words (./summary-names.ts).
 */
export function exposureLadderEntries(
  records: ExposureLadderRecord[],
  names: Names,
): SummaryEntry[] {
  const say = (key: string, vars = {}) => fill(nameFrom(names, key) ?? key, vars);
  const ladders = records.filter((r): r is LadderRecord => r.kind === "ladder");
  return ladders.map((ladder) => {
    const steps = records
      .filter((r): r is StepRecord => r.kind === "step" && r.ladderId === ladder.id)
      .sort(
        (a, b) =>
          (a.expectedSuds ?? 101) - (b.expectedSuds ?? 101) || before(a.createdAt, b.createdAt),
      );
    const ids = steps.map((s) => s.id);
    const practices = records
      .filter((r): r is PracticeRecord => r.kind === "practice" && ids.includes(r.stepId))
      .sort((a, b) => before(a.day, b.day));
    const lines: [string, string][] = [[say("summaryTheme"), ladder.theme]];
    if (ladder.notes) lines.push([say("summaryNotes"), ladder.notes]);
    steps.forEach((s, i) => {
      const mine = practices.filter((p) => p.stepId === s.id);
      const peaks = mine.flatMap((p) => (p.peak === undefined ? [] : [p.peak]));
      lines.push([
        say("summaryStep", { number: i + 1, description: s.description }),
        [
          s.expectedSuds === undefined
            ? say("summaryNotRated")
            : say("summaryExpected", { rating: s.expectedSuds }),
          s.ritualsToDrop?.length &&
            say("summaryDropping", { rituals: s.ritualsToDrop.join("; ") }),
          peaks.length
            ? say("summaryPracticesPeaks", { count: mine.length, peaks: peaks.join(" → ") })
            : say("summaryPractices", { count: mine.length }),
          s.mastered && say("summaryMastered"),
        ]
          .filter(Boolean)
          .join(" "),
      ]);
    });
    return {
      key: `exposure-ladder:${ladder.id}`,
      worksheet: "exposure-ladder",
      day: practices[practices.length - 1]?.day ?? localDay(new Date(ladder.createdAt)),
      title: say("summaryTitle", { theme: ladder.theme }),
      lines,
      recordIds: [ladder.id, ...ids, ...practices.map((p) => p.id)],
    };
  });
}

export const summaryEntries = (records: ExposureLadderRecord[], names: Names) =>
  exposureLadderEntries(records, names);
