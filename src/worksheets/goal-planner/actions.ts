import { derive } from "../../engine/core/derive";
import {
  dayPlanId,
  SETTINGS_ID,
  type GoalPlannerRecord,
  type GoalRecord,
  type GoalStatus,
  type ParkedRecord,
} from "./schema";
import type { Content } from "../../engine/storage/worksheet-store";
import { goalPlanner } from "./store";
import { carryOver, createGoal, isOpen, type GoalDraft } from "./day";
import { parkDraft as draftToParked, parkWholeGoal } from "./plan";
import { indexRecords } from "./view";

/**
 * The goal planner's store actions: the only way its islands change the store.
 * The engine stamps times, checks each record against the stored shape and
 * refuses what would not read back; an action says whether its record is in
 * the store afterwards. Kept apart from ./store.ts so that pages which only
 * read or export the store do not load the planner's logic.
 */

/** The records sorted by kind, day and id, once per change. */
export const $index = derive(goalPlanner.$records, indexRecords);

type Item = Content<GoalPlannerRecord>;
const find = (id: string) => goalPlanner.$records.get().find((r) => r.id === id);
/** True when this very copy of a record is what the store now holds. */
const kept = (r: GoalPlannerRecord | null) => !!r && find(r.id)?.updatedAt === r.updatedAt;
/** Writes a record with a fixed id (settings, a day plan, a reflection), new or replacing. */
const put = (id: string, content: Item) =>
  kept(find(id) ? goalPlanner.update(id, content) : goalPlanner.create(content, id));
const create = (content: Item) => kept(goalPlanner.create(content));

/** Sets how many goals a day the person wants. */
export const setDailyLimit = (dailyLimit: number) =>
  put(SETTINGS_ID, { kind: "settings", dailyLimit });

/** Sets, or with null clears, the minutes the person has for goals on `day`. */
export function setDayMinutes(day: string, minutesAvailable: number | null): boolean {
  const id = dayPlanId(day);
  if (minutesAvailable !== null) return put(id, { kind: "dayplan", day, minutesAvailable });
  if (find(id)) goalPlanner.remove(id);
  return true;
}

/** Adds brain-dump lines in one write, in the order written. */
export const addDump = (items: readonly string[], day: string): boolean =>
  goalPlanner
    .createMany(items.map((text) => ({ kind: "dump" as const, text, day })))
    .every((r) => kept(r));

/**
 * Adds a goal for `day` from a checked draft. `source` is the brain-dump or
 * parked item the form was filled from: it goes only once the goal is saved,
 * and a parked goal keeps its link to the goal it came from.
 */
export function addGoal(draft: GoalDraft, day: string, source = ""): GoalRecord | null {
  const from = find(source);
  const goal = createGoal(draft, day);
  if (from?.kind === "parked" && from.fromGoal) goal.carriedFrom = from.fromGoal;
  const made = goalPlanner.create(goal) as GoalRecord;
  if (!kept(made)) return null;
  if (from) goalPlanner.remove(from.id);
  return made;
}

/** Parks a draft that did not fit the day; one already on the park list stays as it is. */
export function parkDraft(draft: GoalDraft, source = ""): boolean {
  const from = find(source);
  if (from?.kind === "parked") return true;
  if (!create(draftToParked(draft))) return false;
  if (from) goalPlanner.remove(from.id);
  return true;
}

/** Saves the edited parts of a goal; its status and day stay. */
export function editGoal(goal: GoalRecord, draft: GoalDraft): boolean {
  // Left out of the new goal when emptied, so cleared here first.
  const { kind: _, status: __, ...parts } = createGoal(draft, goal.day);
  return kept(goalPlanner.update(goal.id, { minutes: undefined, lettingGo: undefined, ...parts }));
}

export const setStatus = (goal: GoalRecord, status: GoalStatus) =>
  kept(goalPlanner.update(goal.id, { status }));

/** Starts a goal's timer, or resumes it, with `seconds` left from `now` (ms); its end is stored, so it survives a reload. */
export const runTimer = (goal: GoalRecord, seconds: number, now: number) =>
  kept(goalPlanner.update(goal.id, { timerEnds: now + seconds * 1000, timerLeft: undefined }));

/** Pauses a goal's timer with `left` seconds left, or with none resets it. */
export const stopTimer = (goal: GoalRecord, left?: number) =>
  kept(goalPlanner.update(goal.id, { timerEnds: undefined, timerLeft: left }));

/** Moves a planned goal to the park list, finish line and all. */
export function parkGoal(goal: GoalRecord): boolean {
  const { fromGoal: _, ...item } = parkWholeGoal(goal);
  if (!create(item)) return false;
  goalPlanner.remove(goal.id);
  return true;
}

/** Carries an unfinished goal over to `target`, parks it (linked), or lets it go: the person's choice. */
export function settleGoal(goal: GoalRecord, how: "carry" | "park" | "let-go", target: string) {
  if (how === "carry") return create(carryOver(goal, target));
  if (how === "park") return create(parkWholeGoal(goal));
  return setStatus(goal, "let-go");
}

/** Deletes a goal, a brain-dump line or a day's settings: anything by id. */
export const removeEntry = (id: string) => goalPlanner.remove(id);

/** Deletes a goal; goals carried over from it keep their own copy. */
export const deleteGoal = removeEntry;

/** Takes an item off the park list; a goal it was parked from, still open, counts as let go. */
export function removeParked(item: ParkedRecord): void {
  const original = item.fromGoal ? find(item.fromGoal) : undefined;
  goalPlanner.remove(item.id);
  if (original?.kind === "goal" && isOpen(original)) setStatus(original, "let-go");
}
