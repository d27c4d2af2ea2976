import { ladderFromPrefill } from "./prefill";
import { exposureLadder } from "./store";
import { HomeworkPanel } from "../../engine/homework/HomeworkPanel";

/** Exposure-ladder homework: a new ladder with the therapist's theme and steps. */
export default function ExposureLadderHomework({ title }: { title: string }) {
  return (
    <HomeworkPanel
      worksheet="exposure-ladder"
      title={title}
      adds="a new ladder with your therapist's theme and steps"
      onAccept={(hw) => {
        if (hw.w !== "exposure-ladder") return undefined;
        const made = ladderFromPrefill(hw.prefill, hw.id);
        if (!made) return undefined;
        const ladder = exposureLadder.create(made.ladder);
        for (const step of made.steps) exposureLadder.create({ ...step, ladderId: ladder.id });
        return ladder.id;
      }}
    />
  );
}
