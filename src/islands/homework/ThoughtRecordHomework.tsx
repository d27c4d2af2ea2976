import { HomeworkPanel } from "./HomeworkPanel";

/** Thought record homework. */
export default function ThoughtRecordHomework({ title }: { title: string }) {
  return (
    <HomeworkPanel
      worksheet="thought-record"
      title={title}
      adds="your therapist's starting point"
      onAccept={(hw) => (hw.w === "thought-record" ? undefined : undefined)}
    />
  );
}
