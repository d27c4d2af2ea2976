import { draftFromPrefill, type ThoughtPrefill, prefillSchema } from "./prefill";
import { thoughtRecord } from "./store";
import { HomeworkPanel } from "../../engine/homework/HomeworkPanel";
import type { Words } from "../../engine/core/words";

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
      prepare={(hw) => {
        const draft = draftFromPrefill(hw.prefill as ThoughtPrefill | undefined, hw.id);
        return { dropped: [], add: () => (draft ? thoughtRecord.create(draft).id : undefined) };
      }}
    />
  );
}
