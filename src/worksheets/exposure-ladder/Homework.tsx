import { ladderFromPrefill, type LadderPrefill, prefillSchema } from "./prefill";
import { exposureLadder } from "./store";
import { newId } from "../../engine/core/ids";
import { HomeworkPanel } from "../../engine/homework/HomeworkPanel";
import { t, type Words } from "../../engine/core/words";

/** Exposure-ladder homework: a new ladder with the therapist's theme and steps. */
export default function ExposureLadderHomework(props: {
  title: string;
  words: Words;
  locale: string;
}) {
  return (
    <HomeworkPanel
      worksheet="exposure-ladder"
      {...props}
      prefill={prefillSchema}
      prepare={(hw) => {
        const made = ladderFromPrefill(
          hw.prefill as LadderPrefill | undefined,
          hw.id,
          t(props.words, "homeworkUntitled"),
        );
        return {
          dropped: [],
          // One write for the ladder and its steps: all of it is saved, or none.
          add: () => {
            if (!made) return undefined;
            const id = newId();
            const steps = made.steps.map((step) => ({ ...step, ladderId: id }));
            return exposureLadder.createMany([made.ladder, ...steps], [id])[0]!.id;
          },
        };
      }}
    />
  );
}
