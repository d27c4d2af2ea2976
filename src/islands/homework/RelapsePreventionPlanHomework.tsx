import { planFromPrefill } from "../../lib/relapse-prevention-plan/prefill";
import { relapsePreventionPlan } from "../../stores/relapse-prevention-plan";
import { applyChanges } from "../relapse-prevention-plan/save";
import { HomeworkPanel } from "./HomeworkPanel";

/**
 * Relapse-prevention plan homework: the therapist's points go below what the
 * client wrote (what they learned, early warning signs), and a review date is
 * set only if they have none. Nothing of theirs is replaced.
 */
export default function RelapsePreventionPlanHomework({ title }: { title: string }) {
  return (
    <HomeworkPanel
      worksheet="relapse-prevention-plan"
      title={title}
      adds="your therapist's points to your plan, below anything you have written"
      onAccept={(hw) =>
        hw.w === "relapse-prevention-plan"
          ? applyChanges(planFromPrefill(hw.prefill, relapsePreventionPlan.$records.get()))
          : undefined
      }
    />
  );
}
