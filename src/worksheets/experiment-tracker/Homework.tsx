import { worksheetPath } from "../../engine/core/routes";
import {
  experimentFromPrefill,
  type ExperimentPrefill,
  type TemplateFields,
  prefillSchema,
} from "./prefill";
import { experimentTracker } from "./store";
import { HomeworkPanel, previewLines } from "../../engine/homework/HomeworkPanel";
import { words as bind, type Words } from "../../engine/core/words";
import { formatDay } from "../../engine/core/dates";

const REASON = { "unknown-template": "homeworkUnknownTemplate", "no-belief": "homeworkNoBelief" };

/**
 * Experiment-tracker homework: a new planned experiment from the template or
 * the therapist's words. A template this site lacks, or words with no belief
 * to test, are named before "Add"; with nothing usable the link is refused.
 */
export default function ExperimentHomework(props: {
  title: string;
  words: Words;
  locale: string;
  templates: TemplateFields[];
}) {
  const w = bind(props.words, props.locale);
  return (
    <HomeworkPanel
      worksheet="experiment-tracker"
      entryHref={(id) => `${worksheetPath("experiment-tracker")}?experiment=${id}`}
      title={props.title}
      words={props.words}
      locale={props.locale}
      prefill={prefillSchema}
      prepare={(hw) => {
        const prefill = hw.prefill as ExperimentPrefill | undefined;
        const { content, dropped } = experimentFromPrefill(prefill, hw.id, props.templates, hw.due);
        return {
          dropped: dropped.map((d) => w(REASON[d])),
          preview: content
            ? previewLines([
                [w("homeworkPreviewBelief"), content.belief],
                [w("homeworkPreviewExperiment"), content.experiment],
                [w("homeworkPreviewRituals"), content.ritualsToDrop?.join("\n")],
                [
                  w("homeworkPreviewPlanned"),
                  content.plannedDate && formatDay(content.plannedDate, props.locale),
                ],
              ])
            : [],
          ...(content || dropped.length === 0
            ? { add: () => (content ? experimentTracker.create(content).id : undefined) }
            : {}),
        };
      }}
    />
  );
}
