import { goalPlannerFromPrefill, type GoalPrefill, prefillSchema } from "./prefill";
import { goalPlanner } from "./store";
import { SETTINGS_ID } from "./schema";
import { HomeworkPanel } from "../../engine/homework/HomeworkPanel";
import { formatDay } from "../../engine/core/dates";
import { words as bind, type Words } from "../../engine/core/words";

/**
 * Goal-planner homework: the focus as a line to plan from (with its due date),
 * and a suggested daily limit: set when none is chosen yet, otherwise offered
 * as a question, so the suggestion is never dropped unseen.
 */
export default function GoalPlannerHomework(props: {
  title: string;
  words: Words;
  locale: string;
}) {
  const w = bind(props.words, props.locale);
  return (
    <HomeworkPanel
      worksheet="goal-planner"
      {...props}
      prefill={prefillSchema}
      prepare={(hw) => {
        const settings = goalPlanner.$records.get().find((r) => r.id === SETTINGS_ID);
        const current = settings?.kind === "settings" ? settings.dailyLimit : undefined;
        const due = hw.due && formatDay(hw.due, props.locale);
        const { limit, suggested, focus } = goalPlannerFromPrefill(
          hw.prefill as GoalPrefill | undefined,
          current,
          (text) =>
            due
              ? w("homeworkFocusLineDue", { focus: text, day: due })
              : w("homeworkFocusLine", { focus: text }),
        );
        return {
          dropped: [],
          preview: [
            ...(limit !== undefined
              ? [
                  [w("homeworkPreviewLimit"), w("homeworkLimit", { count: limit })] as [
                    string,
                    string,
                  ],
                ]
              : []),
            ...(focus ? [[w("homeworkPreviewFocus"), focus] as [string, string]] : []),
          ],
          ...(suggested !== undefined
            ? { option: w("homeworkOfferLimit", { count: suggested, mine: current ?? "" }) }
            : {}),
          // The limit and the focus line are one write: both are saved, or neither.
          add: (useLimit) => {
            const setLimit = limit ?? (useLimit ? suggested : undefined);
            const made = goalPlanner.createMany(
              [
                ...(setLimit !== undefined
                  ? [{ kind: "settings" as const, dailyLimit: setLimit }]
                  : []),
                ...(focus ? [{ kind: "dump" as const, text: focus }] : []),
              ],
              setLimit !== undefined ? [SETTINGS_ID] : [],
            );
            return focus ? made.at(-1)!.id : undefined;
          },
        };
      }}
    />
  );
}
