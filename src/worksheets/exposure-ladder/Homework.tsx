import { ladderFromPrefill, type LadderPrefill, prefillSchema } from "./prefill";
import { exposureLadder } from "./store";
import { newId } from "../../engine/core/ids";
import { worksheetPath } from "../../engine/core/routes";
import { HomeworkPanel, previewLines } from "../../engine/homework/HomeworkPanel";
import { formatDay } from "../../engine/core/dates";
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
      entryHref={(id) => `${worksheetPath("exposure-ladder")}?ladder=${id}`}
      prepare={(hw) => {
        const made = ladderFromPrefill(
          hw.prefill as LadderPrefill | undefined,
          hw.id,
          t(props.words, "homeworkUntitled"),
          hw.due &&
            t(
              props.words,
              "homeworkDueNote",
              { day: formatDay(hw.due, props.locale) },
              props.locale,
            ),
        );
        const say = (key: string, vars?: Record<string, string | number>) =>
          t(props.words, key, vars, props.locale);
        return {
          dropped: [],
          preview: made
            ? [
                [say("homeworkPreviewTheme"), made.ladder.theme],
                ...previewLines([[say("homeworkPreviewNotes"), made.ladder.notes]]),
                ...made.steps.map((s, i): [string, string] => [
                  say("homeworkPreviewStep", { n: i + 1 }),
                  s.expectedSuds === undefined
                    ? s.description
                    : say("homeworkPreviewSuds", { step: s.description, suds: s.expectedSuds }),
                ]),
              ]
            : [],
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
