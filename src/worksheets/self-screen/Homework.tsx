import { HomeworkPanel } from "../../engine/homework/HomeworkPanel";
import type { Words } from "../../engine/core/words";

/** Self-screen homework: nothing to pre-fill beyond the note. */
export default function SelfScreenHomework(props: { title: string; words: Words; locale: string }) {
  return (
    <HomeworkPanel
      worksheet="self-screen"
      {...props}
      prepare={() => ({ dropped: [], add: () => undefined })}
    />
  );
}
