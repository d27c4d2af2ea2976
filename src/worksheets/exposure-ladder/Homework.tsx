import { ladderFromPrefill, type LadderPrefill, prefillSchema } from "./prefill";
import { exposureLadder } from "./store";
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
          add: () => {
            if (!made) return undefined;
            const ladder = exposureLadder.create(made.ladder);
            for (const step of made.steps) exposureLadder.create({ ...step, ladderId: ladder.id });
            return ladder.id;
          },
        };
      }}
    />
  );
}
