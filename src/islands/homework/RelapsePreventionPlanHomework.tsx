import { HomeworkPanel } from "./HomeworkPanel";

/** Relapse-prevention plan homework. */
export default function RelapsePreventionPlanHomework({ title }: { title: string }) {
  return (
    <HomeworkPanel
      worksheet="relapse-prevention-plan"
      title={title}
      adds="your therapist's starting point"
      onAccept={(hw) => (hw.w === "relapse-prevention-plan" ? undefined : undefined)}
    />
  );
}
