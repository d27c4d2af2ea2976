import { createCodec } from "../../engine/storage/codec";
import { migrations, valueSchema, VERSION, type GoalPlannerRecord } from "./schema";
import { createWorksheetStore } from "../../engine/storage/worksheet-store";

/** The goal planner's store: goodenough:goal-planner. Shape and migrations: src/worksheets/goal-planner/schema.ts. */
export const goalPlanner = createWorksheetStore(
  createCodec<GoalPlannerRecord>({
    worksheet: "goal-planner",
    version: VERSION,
    schema: valueSchema,
    migrations,
  }),
);

/** The registry finds each folder's store as its default export. */
export default goalPlanner;

// The actions the islands call are in ./actions.ts, so that pages which only
// read or export this store (homework, My data, the summary) do not load the planner's logic.
