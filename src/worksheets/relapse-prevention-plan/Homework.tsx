import { planFromPrefill, type PlanPrefill, prefillSchema } from "./prefill";
import type { PlanPartId } from "./plan";
import { relapsePreventionPlan } from "./store";
import { applyChanges } from "./actions";
import { HomeworkPanel, previewLines } from "../../engine/homework/HomeworkPanel";
import { t, type Words } from "../../engine/core/words";
import { formatDay } from "../../engine/core/dates";

/**
 * Relapse-prevention plan homework: the therapist's points go below what the
 * client wrote (what they learned, early warning signs), and a review date is
 * set only if they have none. Nothing of theirs is replaced; points that
 * would take a part past its limit are shown instead, to copy in by hand.
 */
export default function RelapsePreventionPlanHomework({
  titles,
  ...props
}: {
  title: string;
  words: Words;
  locale: string;
  /** The parts' titles (./titles.ts), read on the server. */
  titles: Record<PlanPartId, string>;
}) {
  /** The therapist's points, under the parts they go to, and the review date. */
  const previewOf = (prefill: PlanPrefill | undefined): [string, string][] =>
    previewLines([
      [titles.learned, prefill?.learned?.trim()],
      [titles["warning-signs"], prefill?.signs?.trim()],
      [
        t(props.words, "homeworkPreviewReview", undefined, props.locale),
        prefill?.review && formatDay(prefill.review, props.locale),
      ],
    ]);
  return (
    <HomeworkPanel
      worksheet="relapse-prevention-plan"
      {...props}
      prefill={prefillSchema}
      prepare={(hw) => ({
        dropped: [],
        preview: previewOf(hw.prefill as PlanPrefill | undefined),
        add: () => {
          const changes = planFromPrefill(
            hw.prefill as PlanPrefill | undefined,
            relapsePreventionPlan.$records.get(),
          );
          return {
            id: applyChanges(changes),
            notAdded: changes.tooLong.map((l) => ({ where: titles[l.id], text: l.points })),
          };
        },
      })}
    />
  );
}
