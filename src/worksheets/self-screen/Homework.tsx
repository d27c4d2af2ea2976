import { HomeworkPanel } from "../../engine/homework/HomeworkPanel";

/** Self-screen homework: nothing to pre-fill beyond the note. */
export default function SelfScreenHomework({ title }: { title: string }) {
  return (
    <HomeworkPanel
      worksheet="self-screen"
      title={title}
      adds="it to your homework list"
      onAccept={() => undefined}
    />
  );
}
