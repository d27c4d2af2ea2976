import { goalPlannerFromPrefill } from "../../engine/homework/prefill";
import { goalPlanner } from "./store";
import { SETTINGS_ID } from "./schema";
import { HomeworkPanel } from "../../engine/homework/HomeworkPanel";

/** Goal-planner homework: a daily limit if none is set yet, and the focus as a line to plan from. */
export default function GoalPlannerHomework({ title }: { title: string }) {
  return (
    <HomeworkPanel
      worksheet="goal-planner"
      title={title}
      adds="your therapist's suggestion to your planner"
      onAccept={(hw) => {
        if (hw.w !== "goal-planner") return undefined;
        const records = goalPlanner.$records.get();
        const { limit, focus } = goalPlannerFromPrefill(
          hw.prefill,
          records.some((r) => r.id === SETTINGS_ID),
        );
        if (limit !== undefined)
          goalPlanner.create({ kind: "settings", dailyLimit: limit }, SETTINGS_ID);
        return focus ? goalPlanner.create({ kind: "dump", text: focus }).id : undefined;
      }}
    />
  );
}
