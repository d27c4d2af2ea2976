import { goalPlannerFromPrefill, type GoalPrefill, prefillSchema } from "./prefill";
import { goalPlanner } from "./store";
import { SETTINGS_ID } from "./schema";
import { HomeworkPanel } from "../../engine/homework/HomeworkPanel";
import { words as bind, type Words } from "../../engine/core/words";

/** Goal-planner homework: a daily limit if none is set yet, and the focus as a line to plan from. */
export default function GoalPlannerHomework(props: {
  title: string;
  words: Words;
  locale: string;
}) {
  const w = bind(props.words, props.locale);
  const plan = (prefill: GoalPrefill | undefined) =>
    goalPlannerFromPrefill(
      prefill,
      goalPlanner.$records.get().some((r) => r.id === SETTINGS_ID),
      (focus) => w("homeworkFocusLine", { focus }),
    );
  return (
    <HomeworkPanel
      worksheet="goal-planner"
      {...props}
      prefill={prefillSchema}
      prepare={(hw) => {
        const { limit, keptLimit, focus } = plan(hw.prefill as GoalPrefill | undefined);
        return {
          // Their own daily limit stays; say so, so the suggestion is not thought lost.
          dropped: keptLimit ? [w("homeworkKeptLimit")] : [],
          // The limit and the focus line are one write: both are saved, or neither.
          add: () => {
            const made = goalPlanner.createMany(
              [
                ...(limit !== undefined ? [{ kind: "settings" as const, dailyLimit: limit }] : []),
                ...(focus ? [{ kind: "dump" as const, text: focus }] : []),
              ],
              limit !== undefined ? [SETTINGS_ID] : [],
            );
            return focus ? made.at(-1)!.id : undefined;
          },
        };
      }}
    />
  );
}
