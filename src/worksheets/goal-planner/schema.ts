import * as v from "../../engine/core/validate";
import { addUpdatedAt } from "../../engine/storage/migrations";
import { isoDay, rating, recordBase, storedValueSchema, text } from "../../engine/storage/record";

/**
 * Stored shape of the "good enough" goal planner (key goodenough:goal-planner).
 *
 * History:
 * - Version 1 (early development builds) kept only `createdAt` on records;
 *   version 2 adds `updatedAt` (copied from `createdAt`) so two tabs can merge by id.
 */
/** The fewest goals a day the person can choose. */
export const DAILY_LIMIT_MIN = 1;
/** The most goals a day the person can choose. */
export const DAILY_LIMIT_MAX = 5;
/** The shortest time box, in minutes. */
export const MINUTES_MIN = 5;
/** The longest time box, in minutes (8 hours). */
export const MINUTES_MAX = 480;
/** The most minutes a day can hold. */
export const DAY_MINUTES_MAX = 1440;
/** Where a goal stands. "done" means done: good enough. */
export const GOAL_STATUSES = ["planned", "done", "partly", "let-go"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const VERSION = 2;

/** Fixed id of the settings record. */
export const SETTINGS_ID = "settings";
/** Id of the one reflection for a day, e.g. "reflection:2026-11-26". */
export const reflectionId = (day: string) => `reflection:${day}`;
/** Id of the one day plan for a day, e.g. "day:2026-11-26". */
export const dayPlanId = (day: string) => `day:${day}`;

/** Text that must say something (at least one character), still capped at 2,000. */
const filledText = v.pipe(text, v.minLength(1));

const goalRecord = v.object({
  ...recordBase,
  /** A goal the person set for one day. */
  kind: v.literal("goal"),
  /** The local calendar day the goal is for, YYYY-MM-DD. */
  day: isoDay,
  /** What the task is, in the person's words. */
  task: filledText,
  /** "Good enough looks like…": the finish line, written before starting. */
  goodEnough: filledText,
  /** The time box in whole minutes, if the person set one. */
  minutes: v.optional(rating(MINUTES_MIN, MINUTES_MAX)),
  /** "What I'm letting go of", e.g. perfect formatting or a second draft. */
  lettingGo: v.optional(text),
  /** Where the goal stands: planned, done (good enough), partly done, or let go on purpose. */
  status: v.picklist(GOAL_STATUSES),
  /** Id of the unfinished goal this one was carried over from, if any. */
  carriedFrom: v.optional(recordBase.id),
  /** While its timer runs, and after it ends until reset: when the time box ends, in ms since 1970. */
  timerEnds: v.optional(rating(0, 8.64e15)),
  /** While its timer is paused: the seconds left. */
  timerLeft: v.optional(rating(0, MINUTES_MAX * 60)),
});

const reflectionRecord = v.object({
  ...recordBase,
  /** The end-of-day reflection; at most one per day. */
  kind: v.literal("reflection"),
  // Its id is always "reflection:<day>", so both tabs write to the same record for a day (recordSchema checks it).
  /** The local calendar day this reflects on, YYYY-MM-DD. */
  day: isoDay,
  /** What happened when I stopped at good enough. */
  stoppedAtGoodEnough: v.optional(text),
  /** What perfectionism predicted, and what actually happened. */
  predictedVsActual: v.optional(text),
  /** Anxiety right now, 0 (none) to 10 (the most). */
  anxiety: v.optional(rating(0, 10)),
  /** Satisfaction with the day, 0 (none) to 10 (the most). */
  satisfaction: v.optional(rating(0, 10)),
});

const parkedRecord = v.object({
  ...recordBase,
  /** A task parked for another day, with no date attached. */
  kind: v.literal("parked"),
  /** The task, in the person's words. */
  task: filledText,
  /** An optional note to self about it. */
  note: v.optional(text),
  /** The finish line it had, if it was a goal, so it is not lost. */
  goodEnough: v.optional(text),
  /** The time box it had, in whole minutes, if any. */
  minutes: v.optional(rating(MINUTES_MIN, MINUTES_MAX)),
  /** Id of the goal this was parked from, if any. */
  fromGoal: v.optional(recordBase.id),
});

const dumpRecord = v.object({
  ...recordBase,
  /** One line of the brain dump. */
  kind: v.literal("dump"),
  /** The thing on the person's mind. */
  text: filledText,
  /** The local day it was written down, YYYY-MM-DD, if known. */
  day: v.optional(isoDay),
});

const settingsRecord = v.object({
  ...recordBase,
  /** The planner's settings; there is only one. */
  kind: v.literal("settings"),
  /** Always "settings". */
  id: v.literal(SETTINGS_ID),
  /** How many goals a day the person wants, 1 to 5. */
  dailyLimit: rating(DAILY_LIMIT_MIN, DAILY_LIMIT_MAX),
});

const dayPlanRecord = v.object({
  ...recordBase,
  /** Facts about one planned day; at most one per day. */
  kind: v.literal("dayplan"),
  // Its id is always "day:<day>", so both tabs write to the same record for a day (recordSchema checks it).
  /** The local calendar day, YYYY-MM-DD. */
  day: isoDay,
  /** Minutes the person has for their goals that day, 0 to 1,440. */
  minutesAvailable: rating(0, DAY_MINUTES_MAX),
});

/** Any goal-planner record; a reflection's or day plan's id must match its day. */
export const recordSchema = v.pipe(
  v.variant("kind", [
    goalRecord,
    reflectionRecord,
    parkedRecord,
    dumpRecord,
    settingsRecord,
    dayPlanRecord,
  ]),
  v.check(
    (r) =>
      (r.kind !== "reflection" || r.id === reflectionId(r.day)) &&
      (r.kind !== "dayplan" || r.id === dayPlanId(r.day)),
    "idDay",
  ),
);

export type GoalPlannerRecord = v.InferOutput<typeof recordSchema>;
export type GoalRecord = v.InferOutput<typeof goalRecord>;
export type ReflectionRecord = v.InferOutput<typeof reflectionRecord>;
export type ParkedRecord = v.InferOutput<typeof parkedRecord>;
export type DumpRecord = v.InferOutput<typeof dumpRecord>;
export type SettingsRecord = v.InferOutput<typeof settingsRecord>;
export type DayPlanRecord = v.InferOutput<typeof dayPlanRecord>;

/** The whole stored value: `{ version: 2, records }`. */
export const valueSchema = storedValueSchema(VERSION, recordSchema);

/** Version 1 → 2: copies `createdAt` into `updatedAt` on every record. */
export const migrateV1toV2 = (value: Record<string, unknown>): Record<string, unknown> =>
  addUpdatedAt(value);

/** migrations[n] turns a version-n value into version n+1. */
export const migrations = { 1: addUpdatedAt };
