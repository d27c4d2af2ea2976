import { HomeworkPanel } from "./HomeworkPanel";

/** Self-compassion journal homework. */
export default function SelfCompassionJournalHomework({ title }: { title: string }) {
  return (
    <HomeworkPanel
      worksheet="self-compassion-journal"
      title={title}
      adds="your therapist's starting point"
      onAccept={(hw) => (hw.w === "self-compassion-journal" ? undefined : undefined)}
    />
  );
}
