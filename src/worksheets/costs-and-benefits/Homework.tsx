import { formatDay, localDay } from "../../engine/core/dates";
import { entryFromPrefill, prefillSchema, type CostsPrefill } from "./prefill";
import { costsAndBenefits } from "./store";
import { HomeworkPanel, previewLines } from "../../engine/homework/HomeworkPanel";
import { t, type Words } from "../../engine/core/words";

/** Costs and benefits homework: a new entry for today, with the therapist's topic and note. */
export default function CostsHomework(props: { title: string; words: Words; locale: string }) {
  return (
    <HomeworkPanel
      worksheet="costs-and-benefits"
      {...props}
      prefill={prefillSchema}
      prepare={(hw) => {
        const today = localDay(new Date());
        const entry = entryFromPrefill(hw.prefill as CostsPrefill, hw.id, today);
        const say = (key: string) => t(props.words, key, undefined, props.locale);
        return {
          dropped: [],
          preview: previewLines([
            [say("homeworkPreviewDay"), formatDay(today, props.locale)],
            [say("homeworkPreviewTopic"), entry.topic],
            [say("homeworkPreviewNote"), entry.therapistNote],
          ]),
          add: () => costsAndBenefits.create(entry).id,
        };
      }}
    />
  );
}
