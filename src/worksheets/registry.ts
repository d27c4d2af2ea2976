import type { Codec } from "../engine/storage/codec";
import type { RecordMeta } from "../engine/storage/record";
import { experimentTracker } from "./experiment-tracker/store";
import { exposureLadder } from "./exposure-ladder/store";
import { goalPlanner } from "./goal-planner/store";
import { homework } from "../engine/homework/store";
import { relapsePreventionPlan } from "./relapse-prevention-plan/store";
import { selfCompassionJournal } from "./self-compassion-journal/store";
import { selfScreen } from "./self-screen/store";
import { thoughtRecord } from "./thought-record/store";
import type { WorksheetStore } from "../engine/storage/worksheet-store";

export interface RegisteredStore {
  title: string;
  store: WorksheetStore<RecordMeta>;
}

/** Every worksheet that stores data, in the order My data lists them. Add a new worksheet's store here. */
export const worksheetStores: readonly RegisteredStore[] = [
  { title: "Self-screen", store: selfScreen as unknown as WorksheetStore<RecordMeta> },
  { title: "Goal planner", store: goalPlanner as unknown as WorksheetStore<RecordMeta> },
  {
    title: "Experiment tracker",
    store: experimentTracker as unknown as WorksheetStore<RecordMeta>,
  },
  { title: "Thought record", store: thoughtRecord as unknown as WorksheetStore<RecordMeta> },
  { title: "Exposure ladder", store: exposureLadder as unknown as WorksheetStore<RecordMeta> },
  {
    title: "Self-compassion journal",
    store: selfCompassionJournal as unknown as WorksheetStore<RecordMeta>,
  },
  {
    title: "Relapse-prevention plan",
    store: relapsePreventionPlan as unknown as WorksheetStore<RecordMeta>,
  },
  {
    title: "Homework from your therapist",
    store: homework as unknown as WorksheetStore<RecordMeta>,
  },
];

export const codecsBySlug: Record<string, Codec<RecordMeta>> = Object.fromEntries(
  worksheetStores.map((s) => [s.store.codec.worksheet, s.store.codec]),
);
