import { HomeworkPanel } from "./HomeworkPanel";

/** Exposure ladder homework. */
export default function ExposureLadderHomework({ title }: { title: string }) {
  return (
    <HomeworkPanel
      worksheet="exposure-ladder"
      title={title}
      adds="your therapist's starting point"
      onAccept={(hw) => (hw.w === "exposure-ladder" ? undefined : undefined)}
    />
  );
}
