import { draftFromPrefill } from "./homework";
import { thoughtRecord } from "./store";
import { HomeworkPanel } from "../../engine/homework/HomeworkPanel";

/** Thought record homework: a new unfinished thought record, started with the therapist's words. */
export default function ThoughtRecordHomework({ title }: { title: string }) {
  return (
    <HomeworkPanel
      worksheet="thought-record"
      title={title}
      adds="a new thought record, started with your therapist's words, for you to finish"
      onAccept={(hw) => {
        if (hw.w !== "thought-record") return undefined;
        const draft = draftFromPrefill(hw.prefill, hw.id);
        return draft ? thoughtRecord.create(draft).id : undefined;
      }}
    />
  );
}
