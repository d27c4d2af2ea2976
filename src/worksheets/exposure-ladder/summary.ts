import type { SummaryEntry } from "../../lib/summary";
import { localDay } from "../../engine/core/dates";
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
 */
export function exposureLadderEntries(records: ExposureLadderRecord[]): SummaryEntry[] {
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
    const lines: [string, string][] = [["Fear theme", ladder.theme]];
    if (ladder.notes) lines.push(["Notes", ladder.notes]);
    steps.forEach((s, i) => {
      const mine = practices.filter((p) => p.stepId === s.id);
      const peaks = mine.flatMap((p) => (p.peak === undefined ? [] : [p.peak]));
      lines.push([
        `Step ${i + 1}: ${s.description}`,
        [
          `Expected distress: ${s.expectedSuds ?? "not rated yet"}.`,
          s.ritualsToDrop?.length && `Dropping: ${s.ritualsToDrop.join("; ")}.`,
          `Practices: ${mine.length}${peaks.length ? `, peak distress ${peaks.join(" → ")}` : ""}.`,
          s.mastered && "Mastered.",
        ]
          .filter(Boolean)
          .join(" "),
      ]);
    });
    return {
      key: `exposure-ladder:${ladder.id}`,
      worksheet: "exposure-ladder",
      day: practices[practices.length - 1]?.day ?? localDay(new Date(ladder.createdAt)),
      title: `Exposure ladder: ${ladder.theme}`,
      lines,
      recordIds: [ladder.id, ...ids, ...practices.map((p) => p.id)],
    };
  });
}

export const summaryEntries = (records: ExposureLadderRecord[]) => exposureLadderEntries(records);
