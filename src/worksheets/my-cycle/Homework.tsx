import { formatDay, localDay } from "../../engine/core/dates";
import { HomeworkPanel, previewLines } from "../../engine/homework/HomeworkPanel";
import { t, type Words } from "../../engine/core/words";
import { cycleFromPrefill, prefillSchema, type CyclePrefill } from "./prefill";
import { PARTS, partKey } from "./parts";
import { myCycle } from "./store";

/** Cycle homework: a new cycle for today, started with the therapist's parts and note. */
export default function MyCycleHomework(props: { title: string; words: Words; locale: string }) {
  return (
    <HomeworkPanel
      worksheet="my-cycle"
      {...props}
      prefill={prefillSchema}
      prepare={(hw) => {
        const today = localDay(new Date());
        const cycle = cycleFromPrefill(
          hw.prefill as CyclePrefill,
          hw.id,
          today,
          props.words,
          hw.from,
          hw.note,
        );
        const say = (key: string) => t(props.words, key, undefined, props.locale);
        return {
          dropped: [],
          preview: previewLines([
            [say("homeworkPreviewDay"), formatDay(today, props.locale)],
            ...PARTS.map((p): [string, string] => [say(partKey(p)), cycle[p]]),
          ]),
          add: () => myCycle.create(cycle).id,
        };
      }}
    />
  );
}
