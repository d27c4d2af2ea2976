import { experimentFromPrefill, type TemplateFields } from "../../engine/homework/prefill";
import { experimentTracker } from "./store";
import { HomeworkPanel } from "../../engine/homework/HomeworkPanel";

/** Experiment-tracker homework: a new planned experiment from the template or the therapist's words. */
export default function ExperimentHomework({
  title,
  templates,
}: {
  title: string;
  templates: TemplateFields[];
}) {
  return (
    <HomeworkPanel
      worksheet="experiment-tracker"
      title={title}
      adds="a new planned experiment"
      onAccept={(hw) => {
        if (hw.w !== "experiment-tracker") return undefined;
        const content = experimentFromPrefill(hw.prefill, hw.id, templates);
        return content ? experimentTracker.create(content).id : undefined;
      }}
    />
  );
}
