import { draftFromPrefill, type ThoughtPrefill, prefillSchema } from "./prefill";
import { thoughtRecord } from "./store";
import { HomeworkPanel, previewLines } from "../../engine/homework/HomeworkPanel";
import { t, type Words } from "../../engine/core/words";
import { worksheetPartPath } from "../../engine/core/routes";

/** Thought record homework: a new unfinished thought record, started with the therapist's words. */
export default function ThoughtRecordHomework(props: {
  title: string;
  words: Words;
  locale: string;
}) {
  return (
    <HomeworkPanel
      worksheet="thought-record"
      {...props}
      prefill={prefillSchema}
      // The new thought record is unfinished: it opens where it is written.
      entryHref={(id) => `${worksheetPartPath("thought-record", "write")}?draft=${id}`}
      prepare={(hw) => {
        const draft = draftFromPrefill(hw.prefill as ThoughtPrefill | undefined, hw.id, hw.due);
        const say = (key: string) => t(props.words, key, undefined, props.locale);
        return {
          dropped: [],
          preview: draft
            ? previewLines([
                [say("homeworkPreviewSituation"), draft.situation],
                [say("homeworkPreviewThought"), draft.automaticThought],
              ])
            : [],
          add: () => (draft ? thoughtRecord.create(draft).id : undefined),
        };
      }}
    />
  );
}
